// The cmark-gfm adapter: the only file that includes its headers. cmark-gfm gives the structure
// (which text is a paragraph, a link, code) and the decoded text; its inline source positions are
// unreliable, so each piece of text is found again in the source from a cursor that only moves
// forward within the block, and a link's extent (its "](url)" or "[label]") is read from the
// source too. Front matter is blanked before parsing; definitions come from markdown_defs.cc.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include "cite/markdown.h"
#include "cite/markdown_defs.h"
#include "cite/markdown_extras.h"
#include "cite/markers.h"
#include "cite/plain_text.h"
#include "cite/prose_builder.h"
#include "cite/suppressions.h"

namespace citecheck::cite {
namespace {

struct NodeDeleter {
  void operator()(cmark_node* node) const noexcept { cmark_node_free(node); }
};
struct ParserDeleter {
  void operator()(cmark_parser* parser) const noexcept { cmark_parser_free(parser); }
};
struct IterDeleter {
  void operator()(cmark_iter* iter) const noexcept { cmark_iter_free(iter); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using IterPtr = std::unique_ptr<cmark_iter, IterDeleter>;

NodePtr parse(std::string_view text) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_FOOTNOTES));
  for (const char* name : {"table", "strikethrough", "autolink"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  cmark_parser_feed(parser.get(), text.data(), text.size());
  return NodePtr(cmark_parser_finish(parser.get()));
}

std::string_view literal(cmark_node* node) {
  const char* s = cmark_node_get_literal(node);
  return s == nullptr ? std::string_view() : std::string_view(s);
}

// Whether `node` is of an extension's type ("table_cell", "strikethrough").
bool is_extension(cmark_node* node, std::string_view type) {
  const char* name = cmark_node_get_type_string(node);
  return name != nullptr && std::string_view(name) == type;
}

bool is_cell(cmark_node* node) { return is_extension(node, "table_cell"); }

// Line ranges of fenced and indented code, where no definition is read.
std::vector<std::pair<int, int>> code_lines(cmark_node* root) {
  std::vector<std::pair<int, int>> out;
  IterPtr iter(cmark_iter_new(root));
  for (cmark_event_type ev; (ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK) {
      out.emplace_back(cmark_node_get_start_line(node), cmark_node_get_end_line(node));
    }
  }
  return out;
}

// The HTML comments the document really has, in its HTML blocks and inline HTML: text in a code
// block or a code span is no comment.
std::vector<Comment> html_comments(cmark_node* root) {
  RawHtmlComments comments;
  IterPtr iter(cmark_iter_new(root));
  for (cmark_event_type ev; (ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE) {
      comments.read(literal(node), cmark_node_get_start_line(node));
    }
    if (type == CMARK_NODE_HTML_BLOCK ||
        (ev == CMARK_EVENT_EXIT &&
         (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || is_cell(node)))) {
      comments.end_block();
    }
  }
  return comments.take();
}

struct OpenLink {
  std::size_t prose_begin = 0;
  std::size_t open = 0;  // source offset of '[' or '<' (or the URL, for a bare one)
  std::size_t end = 0;   // source offset just past the link; 0 when it ends with its text
  std::string reference_id;
  bool cites_url = false;  // inline link or autolink: its reference is its URL
  bool html = false;       // an inline "<a href>", closed by its "</a>"
};

class Reader {
 public:
  Reader(std::string_view source, std::size_t list_begin,
         const std::map<std::string, std::string>& labels, core::CitationIndex& index)
      : source_(source),
        list_begin_(list_begin),
        labels_(labels),
        index_(index),
        builder_(source, false) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < source.size(); ++i) {
      if (source[i] == '\n') line_starts_.push_back(i + 1);
    }
  }

  void read(cmark_node* root) {
    IterPtr iter(cmark_iter_new(root));
    for (cmark_event_type ev; (ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(iter.get());
      if (ev == CMARK_EVENT_ENTER) {
        enter(node, iter.get());
      } else {
        leave(node);
      }
    }
  }

  std::size_t body_end() const { return body_end_ ? *body_end_ : builder_.size(); }
  std::vector<std::pair<std::size_t, std::size_t>> skip() const { return skip_; }
  core::Prose finish() { return builder_.finish(); }

 private:
  std::size_t offset_of(int line, int column) const {
    if (line <= 0 || static_cast<std::size_t>(line) > line_starts_.size()) return cursor_;
    const std::size_t start = line_starts_[static_cast<std::size_t>(line) - 1];
    return std::min(source_.size(), start + static_cast<std::size_t>(std::max(column, 1) - 1));
  }

  void enter(cmark_node* node, cmark_iter* iter) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_HEADING:
        open_block(node, iter);
        break;
      case CMARK_NODE_FOOTNOTE_DEFINITION:
        cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);  // read from its lines instead
        break;
      case CMARK_NODE_TEXT:
        cursor_ = builder_.append_decoded(literal(node), cursor_, limit_);
        break;
      case CMARK_NODE_EMPH:
      case CMARK_NODE_STRONG:
        open_mark("*_");
        break;
      case CMARK_NODE_CODE: {
        open_mark("`");
        const std::size_t begin = builder_.size();
        cursor_ = builder_.append_decoded(literal(node), cursor_, limit_);
        skip_.emplace_back(begin, builder_.size());
        index_.code.emplace_back(begin, builder_.size());
        break;
      }
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        line_break();
        break;
      case CMARK_NODE_HTML_INLINE:
        inline_html(literal(node));
        break;
      case CMARK_NODE_FOOTNOTE_REFERENCE:
        footnote_reference();
        break;
      case CMARK_NODE_LINK:
        enter_link(node, iter);
        break;
      case CMARK_NODE_IMAGE:
        skip_image(node, iter);
        break;
      default:
        if (is_cell(node)) open_block(node, iter);
        if (is_extension(node, "strikethrough")) open_mark("~");
        break;
    }
  }

  void leave(cmark_node* node) {
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || is_cell(node)) {
      while (!links_.empty() && links_.back().html) leave_link();  // an <a> never closed
      builder_.end_block(type == CMARK_NODE_HEADING);
    } else if (type == CMARK_NODE_LINK && !links_.empty() && !links_.back().html) {
      leave_link();
    }
  }

  void open_block(cmark_node* node, cmark_iter* iter) {
    const std::size_t begin =
        offset_of(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
    if (begin >= list_begin_) {  // the reference list and what follows it are no body
      if (!body_end_) body_end_ = builder_.size();
      cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);
      return;
    }
    builder_.end_block(false);
    cursor_ = begin;
    limit_ = offset_of(cmark_node_get_end_line(node) + 1, 1);
    if (limit_ <= cursor_) limit_ = source_.size();
    if (cmark_node_get_type(node) == CMARK_NODE_HEADING) {
      while (cursor_ < limit_ && source_[cursor_] == '#') ++cursor_;
    }
  }

  // Inline markup opens here, one of `marks` at the cursor (past the indent or quote prefix of a
  // new line): a sentence that starts with its text starts at the mark.
  void open_mark(std::string_view marks) {
    std::size_t at = cursor_;
    while (at < limit_ && (source_[at] == ' ' || source_[at] == '\t' || source_[at] == '>')) ++at;
    if (at < limit_ && marks.find(source_[at]) != std::string_view::npos) builder_.open_mark(at);
  }

  // The source up to the end of the current block: every search stays inside it, so a long
  // document is read in linear time.
  std::string_view within_block() const { return source_.substr(0, limit_); }

  void line_break() {
    const std::size_t nl = within_block().find('\n', cursor_);
    if (nl != std::string_view::npos) {
      builder_.append_verbatim(nl, 1);
      cursor_ = nl + 1;
    } else {
      builder_.append_synthetic("\n", cursor_);
    }
  }

  void add_marker(std::string id, std::size_t origin, std::size_t length) {
    const std::size_t begin = builder_.size();
    builder_.append_verbatim(origin, length);
    index_.citations.push_back({std::move(id), begin, builder_.size() - begin, {}, true});
    skip_.emplace_back(begin, builder_.size());
  }

  void footnote_reference() {
    const std::size_t open = within_block().find("[^", cursor_);
    const std::size_t close =
        open == std::string_view::npos ? open : within_block().find(']', open);
    if (close == std::string_view::npos) return;
    add_marker(std::string(source_.substr(open + 2, close - open - 2)), open, close - open + 1);
    cursor_ = close + 1;
  }

  // The ']' that closes the '[' at `open`, or npos.
  std::size_t closing_bracket(std::size_t open) const {
    int depth = 0;
    for (std::size_t i = open; i < limit_; ++i) {
      if (source_[i] == '\\') {
        ++i;
      } else if (source_[i] == '[') {
        ++depth;
      } else if (source_[i] == ']' && --depth == 0) {
        return i;
      }
    }
    return std::string_view::npos;
  }

  // Just past the ')' that closes the '(' at `open`.
  std::size_t past_paren(std::size_t open) const {
    int depth = 0;
    for (std::size_t i = open; i < limit_; ++i) {
      if (source_[i] == '\\') {
        ++i;
      } else if (source_[i] == '(') {
        ++depth;
      } else if (source_[i] == ')' && --depth == 0) {
        return i + 1;
      }
    }
    return open + 1;
  }

  void inline_html(std::string_view tag);
  void enter_link(cmark_node* node, cmark_iter* iter);
  void leave_link();
  void skip_image(cmark_node* node, cmark_iter* iter);

  std::string_view source_;
  std::size_t list_begin_;
  const std::map<std::string, std::string>& labels_;  // normalised label -> reference id
  core::CitationIndex& index_;
  ProseBuilder builder_;
  std::vector<std::size_t> line_starts_;
  std::size_t cursor_ = 0;
  std::size_t limit_ = 0;
  std::optional<std::size_t> body_end_;
  std::vector<OpenLink> links_;
  PageReferences pages_;
  std::vector<std::pair<std::size_t, std::size_t>> skip_;
};

void Reader::enter_link(cmark_node* node, cmark_iter* iter) {
  const std::string url = cmark_node_get_url(node) == nullptr ? "" : cmark_node_get_url(node);
  std::size_t p = cursor_;
  // Past the indent or quote prefix of a new line ("  [Harbour Board][] cut ..." continuing a list
  // item), and past emphasis opening around the link.
  while (p < limit_ && (source_[p] == ' ' || source_[p] == '\t' || source_[p] == '>')) ++p;
  while (p < limit_ && (source_[p] == '*' || source_[p] == '_' || source_[p] == '~')) ++p;
  OpenLink link;
  link.prose_begin = builder_.size();
  link.open = p;
  if (p < limit_ && (source_[p] == '[' || source_[p] == '<')) builder_.open_mark(p);
  if (p < limit_ && source_[p] == '[') {
    const std::size_t close = closing_bracket(p);
    if (close == std::string_view::npos) {
      link.end = 0;
    } else {
      const std::string_view text = source_.substr(p + 1, close - p - 1);
      std::string_view label = text;
      if (close + 1 < limit_ && source_[close + 1] == '(') {
        link.cites_url = true;
        link.end = past_paren(close + 1);
      } else if (close + 1 < limit_ && source_[close + 1] == '[') {
        const std::size_t label_end = within_block().find(']', close + 2);
        if (label_end > close + 2 && label_end != std::string_view::npos) {
          label = source_.substr(close + 2, label_end - close - 2);
        }
        link.end = label_end != std::string_view::npos ? label_end + 1 : close + 1;
      } else {
        link.end = close + 1;
      }
      if (link.cites_url) {
        if (is_web_url(url)) link.reference_id = pages_.cite(index_, url, p);
      } else if (const auto it = labels_.find(normalize_label(label)); it != labels_.end()) {
        link.reference_id = it->second;
      }
      // "[1]" linked to a source reads as a numeric marker: blanked before matching, like "[1]".
      if (!link.reference_id.empty() && marker_ids(text)) {
        add_marker(link.reference_id, p, close - p + 1);
        cursor_ = link.end;
        cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);
        return;
      }
    }
    cursor_ = p + 1;
  } else {
    link.cites_url = true;
    if (is_web_url(url)) link.reference_id = pages_.cite(index_, url, p);
    if (p < limit_ && source_[p] == '<') {
      const std::size_t close = within_block().find('>', p);
      link.end = close != std::string_view::npos ? close + 1 : 0;
      cursor_ = p + 1;
    }
  }
  links_.push_back(std::move(link));
}

// Raw HTML inside a paragraph: an "<a href>" opens a link as "[text](URL)" does, up to "</a>".
void Reader::inline_html(std::string_view tag) {
  const std::size_t at = within_block().find(tag, cursor_);
  if (at == std::string_view::npos) return;
  cursor_ = at + tag.size();
  if (is_anchor_end(tag)) {
    if (!links_.empty() && links_.back().html) leave_link();
    return;
  }
  const std::optional<std::string> href = anchor_href(tag);
  if (!href) return;
  OpenLink link;
  link.prose_begin = builder_.size();
  link.open = at;
  link.cites_url = true;
  link.html = true;
  if (is_web_url(*href)) link.reference_id = pages_.cite(index_, *href, at);
  builder_.open_mark(at);
  links_.push_back(std::move(link));
}

void Reader::leave_link() {
  const OpenLink link = std::move(links_.back());
  links_.pop_back();
  if (link.end > cursor_) cursor_ = link.end;
  if (link.reference_id.empty()) return;
  index_.citations.push_back(
      {link.reference_id, link.prose_begin, builder_.size() - link.prose_begin, {}, false});
}

void Reader::skip_image(cmark_node* node, cmark_iter* iter) {
  cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);
  const std::size_t open = within_block().find("![", cursor_);
  if (open == std::string_view::npos) return;
  const std::size_t close = closing_bracket(open + 1);
  if (close == std::string_view::npos) return;
  cursor_ = close + 1;
  if (cursor_ < limit_ && source_[cursor_] == '(') cursor_ = past_paren(cursor_);
  if (cursor_ < limit_ && source_[cursor_] == '[') {
    const std::size_t end = within_block().find(']', cursor_);
    if (end != std::string_view::npos) cursor_ = end + 1;
  }
}

// A link destination as cmark-gfm reads it, backslash escapes and entities resolved
// ("Foo_\(bar\)" is "Foo_(bar)", "&amp;" is "&"): a definition no link uses leaves no trace in the
// tree, so each is parsed again on its own, with a link that uses it.
std::string resolve_destination(const std::string& written) {
  if (written.find_first_of("\\&") == std::string::npos) return written;
  const NodePtr root = parse("[d]\n\n[d]: <" + written + ">\n");
  IterPtr iter(cmark_iter_new(root.get()));
  for (cmark_event_type ev; (ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (cmark_node_get_type(node) == CMARK_NODE_LINK && cmark_node_get_url(node) != nullptr) {
      return cmark_node_get_url(node);
    }
  }
  return written;
}

void notice_unsupported(std::string_view prose, core::CitationIndex& index) {
  if (prose.find("^[") != std::string_view::npos) {
    add_notice(index, "inline footnotes like ^[text] are not supported yet; they were not checked");
  }
}

}  // namespace

core::CitationIndex extract_markdown(const core::Document& doc) {
  core::CitationIndex index;
  const std::string source = blank_template_lines(blank_front_matter(doc.text));
  const NodePtr root = parse(source);
  index.suppressions = comment_suppressions(html_comments(root.get()), doc.text, index.notices);
  // A numbered list under "References" (or "[n] URL" lines at the end) as in plain text.
  ReferenceList list = find_reference_list(source);
  if (list.references.empty()) list = find_link_list(source);
  index.references = std::move(list.references);
  const Labels labels =
      add_definitions(find_definitions(source, code_lines(root.get())), resolve_destination, index);
  Reader reader(source, list.begin, labels.links, index);
  reader.read(root.get());
  index.body_end = reader.body_end();
  MarkerOptions markers;
  markers.footnotes = true;
  markers.skip = reader.skip();
  std::sort(markers.skip.begin(), markers.skip.end());
  index.prose = reader.finish();
  blank_liquid(index.prose.text);
  const std::string_view body = std::string_view(index.prose.text).substr(0, index.body_end);
  find_markers(body, markers, index);
  rename_footnote_markers(labels.carets, index);
  notice_unsupported(body, index);
  return index;
}

}  // namespace citecheck::cite

// Content scoring for the source stage, in the manner of Readability: every block with enough text
// of its own gives points to its ancestors (fewer the further up); a container's score is scaled
// down by the share of its text that sits in links. Nodes are stored parent-before-child
// (html/dom.h), so one backward loop sums subtrees and one forward loop pushes state down.
#include "source/content.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <vector>

#include "source/boilerplate.h"
#include "source/html_text.h"

namespace citecheck::source {

using html::HtmlDom;
using html::HtmlNode;
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr double kMinBlockChars = 25;
constexpr double kMinArticleChars = 150;

struct Stats {
  std::size_t parent = kNone;
  std::size_t block = kNone;  // nearest block element at or above the node
  bool invisible = false;     // no reader sees it: scripts, hidden elements, and all under them
  bool dropped = false;       // invisible or furniture, with everything under it
  double prose = 0;           // characters under the node in blocks of kMinBlockChars or more
  double chars = 0;           // visible non-space characters under the node
  double link_chars = 0;      // ... of them inside <a>
  double own_chars = 0;       // text whose nearest block is this node
  double own_commas = 0;
  double score = 0;
  bool scored = false;
};

std::size_t count_chars(std::string_view s, double& commas) {
  std::size_t n = 0;
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if ((b & 0xC0) == 0x80 || b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == 0xA0)
      continue;
    if (c == ',') ++commas;
    ++n;
  }
  return n;
}

// Lower-case letters and digits only, for comparing a heading with the title.
std::string letters_and_digits(std::string_view s) {
  std::string out;
  for (const char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x80 || std::isalnum(b)) out += static_cast<char>(std::tolower(b));
  }
  return out;
}

double link_density(const Stats& s) { return s.chars > 0 ? s.link_chars / s.chars : 0; }

double tag_weight(std::string_view tag) {
  if (tag == "div" || tag == "article" || tag == "section" || tag == "main") return 5;
  if (tag == "pre" || tag == "td" || tag == "blockquote") return 3;
  if (tag == "ol" || tag == "ul" || tag == "dl" || tag == "dd" || tag == "dt" || tag == "li" ||
      tag == "address" || tag == "form")
    return -3;
  if (is_heading_tag(tag) || tag == "th") return -5;
  return 0;
}

class Scorer {
 public:
  Scorer(const HtmlDom& dom, const ContentTuning& tuning)
      : dom_(dom), tuning_(tuning), stats_(dom.nodes.size()) {
    link_structure();
    sum_text();
    drop_furniture();
    sum_text();
    score_blocks();
  }

  std::vector<std::size_t> article_roots() const;
  std::vector<bool> skip_mask(const std::vector<std::size_t>& roots) const;

 private:
  void link_structure();
  void sum_text();
  void drop_furniture();
  void score_blocks();
  void add_score(std::size_t node, double points);
  std::size_t top_candidate() const;
  std::vector<std::size_t> scored_roots() const;
  std::size_t common_ancestor_of_rivals(std::size_t top) const;
  double final_score(std::size_t node) const;
  bool contains(std::size_t ancestor, std::size_t node) const;
  std::size_t body() const;
  bool kindred_sibling(std::size_t top, std::size_t sibling) const;
  bool boilerplate_block(std::size_t node) const;

  const HtmlDom& dom_;
  const ContentTuning& tuning_;
  std::vector<Stats> stats_;
};

void Scorer::link_structure() {
  for (std::size_t i = 0; i < dom_.nodes.size(); ++i) {
    const HtmlNode& n = dom_.nodes[i];
    Stats& s = stats_[i];
    const Stats* parent = s.parent == kNone ? nullptr : &stats_[s.parent];
    s.invisible = parent != nullptr && parent->invisible;
    s.block = parent == nullptr ? i : parent->block;
    if (!n.is_text) {
      if (is_block_tag(n.tag)) s.block = i;
      s.invisible =
          s.invisible || is_invisible_tag(n.tag) || is_hidden(n) || is_screen_reader_only(n);
      for (const std::size_t c : n.children) stats_[c].parent = i;
    }
    s.dropped = s.invisible;
  }
}

// Furniture by tag or name, unless it holds most of the page's prose: layouts name their
// article wrappers "has-sidebar" or "non-ad-column", and some sites put the whole page in a <form>.
void Scorer::drop_furniture() {
  const double page_prose = stats_.empty() ? 0 : stats_[0].prose;
  for (std::size_t i = 0; i < dom_.nodes.size(); ++i) {
    const HtmlNode& n = dom_.nodes[i];
    Stats& s = stats_[i];
    if (s.parent != kNone && stats_[s.parent].dropped) s.dropped = true;
    if (s.dropped || n.is_text || n.tag == "html" || n.tag == "body") continue;
    // Furniture tags count whatever their names; <main> and <article> are never dropped by name.
    if (is_furniture_element(n) || (tuning_.drop_captions && is_caption(n))) {
      s.dropped = s.prose * 2 <= page_prose || page_prose == 0;
      continue;
    }
    if (n.tag == "main" || n.tag == "article") continue;
    if (s.prose * 2 > page_prose && page_prose > 0) continue;
    // A wrapper named for the article as well ("article modal-enabled") is dropped by name only
    // when it holds no prose ("article-tools share-bar").
    s.dropped = names_furniture(n) && !(names_content(n) && s.prose > 0);
  }
}

void Scorer::sum_text() {
  for (Stats& s : stats_) s.chars = s.link_chars = s.own_chars = s.own_commas = s.prose = 0;
  for (std::size_t i = dom_.nodes.size(); i-- > 0;) {
    const HtmlNode& n = dom_.nodes[i];
    Stats& s = stats_[i];
    if (s.own_chars >= kMinBlockChars) s.prose += s.own_chars;
    if (n.is_text && !s.dropped) {
      double commas = 0;
      s.chars = static_cast<double>(count_chars(n.text, commas));
      if (s.block != kNone) {
        stats_[s.block].own_chars += s.chars;
        stats_[s.block].own_commas += commas;
      }
    }
    if (n.tag == "a") s.link_chars = s.chars;
    if (s.parent != kNone) {
      stats_[s.parent].prose += s.prose;
      stats_[s.parent].chars += s.chars;
      stats_[s.parent].link_chars += s.link_chars;
    }
  }
}

void Scorer::add_score(std::size_t node, double points) {
  Stats& s = stats_[node];
  if (!s.scored) {
    s.scored = true;
    s.score = tag_weight(dom_.nodes[node].tag) + class_weight(dom_.nodes[node]);
  }
  s.score += points;
}

void Scorer::score_blocks() {
  for (std::size_t i = 0; i < dom_.nodes.size(); ++i) {
    const Stats& s = stats_[i];
    if (dom_.nodes[i].is_text || s.dropped || s.own_chars < kMinBlockChars) continue;
    const double points = 1 + s.own_commas + std::min(s.own_chars / 100, 3.0);
    // The block itself, its parent fully, the grandparent half, further ancestors less.
    std::size_t node = s.parent;
    add_score(i, 0);
    for (int level = 0; node != kNone && level < 5; ++level, node = stats_[node].parent) {
      add_score(node, points / (level == 0 ? 1 : level == 1 ? 2 : level * 3));
    }
  }
}

std::size_t Scorer::top_candidate() const {
  std::size_t best = kNone;
  double best_score = 0;
  for (std::size_t i = 0; i < stats_.size(); ++i) {
    if (!stats_[i].scored || stats_[i].dropped) continue;
    const double score = stats_[i].score * (1 - link_density(stats_[i]));
    if (best == kNone || score > best_score) {
      best = i;
      best_score = score;
    }
  }
  return best;
}

bool Scorer::kindred_sibling(std::size_t top, std::size_t sibling) const {
  const Stats& s = stats_[sibling];
  if (s.dropped || dom_.nodes[sibling].is_text) return false;
  const double top_score = stats_[top].score * (1 - link_density(stats_[top]));
  double bonus = 0;
  const std::string_view cls = dom_.nodes[top].attribute("class");
  if (!cls.empty() && cls == dom_.nodes[sibling].attribute("class")) bonus = top_score * 0.2;
  if (s.scored && s.score * (1 - link_density(s)) + bonus >= std::max(10.0, top_score * 0.2))
    return true;
  // A paragraph beside the article (a standfirst, a summary) is prose whether or not it is a <p>.
  const bool paragraph = dom_.nodes[sibling].tag == "p";
  const bool text_block = paragraph || (s.chars > 0 && s.own_chars >= 0.8 * s.chars);
  if (!text_block) return false;
  return (s.chars > 80 && link_density(s) < 0.25) ||
         (paragraph && s.chars > 0 && link_density(s) == 0);
}

std::vector<std::size_t> Scorer::article_roots() const {
  const std::vector<std::size_t> roots = scored_roots();
  double chars = 0;
  for (const std::size_t r : roots) chars += stats_[r].chars;
  // The publisher's own marking of the article body wins when it holds most of that text.
  for (std::size_t i = 0; i < dom_.nodes.size(); ++i) {
    const HtmlNode& n = dom_.nodes[i];
    if (!n.is_text && !stats_[i].dropped && n.attribute("itemprop") == "articleBody" &&
        stats_[i].chars * 2 >= chars && stats_[i].chars > 0)
      return {i};
  }
  // Too little to call an article: everything a reader sees but the furniture.
  if (chars < kMinArticleChars) return {body()};
  return roots;
}

std::size_t Scorer::body() const {
  for (std::size_t i = 0; i < dom_.nodes.size(); ++i) {
    if (dom_.nodes[i].tag == "body") return i;
  }
  return 0;
}

double Scorer::final_score(std::size_t node) const {
  return stats_[node].score * (1 - link_density(stats_[node]));
}

bool Scorer::contains(std::size_t ancestor, std::size_t node) const {
  for (; node != kNone; node = stats_[node].parent) {
    if (node == ancestor) return true;
  }
  return false;
}

// An article split into sections (around figures, pull quotes or ads) scores as several
// candidates in separate branches: their nearest common ancestor is the article. A rival is a
// candidate scoring nearly as well as the top one, or another section of its kind (same tag and
// class). Two rivals make a split article; one is as often a teaser box as a second section.
std::size_t Scorer::common_ancestor_of_rivals(std::size_t top) const {
  constexpr std::size_t kRivals = 5;
  const HtmlNode& top_node = dom_.nodes[top];
  std::vector<std::size_t> rivals;
  for (std::size_t i = 0; i < stats_.size(); ++i) {
    if (!stats_[i].scored || stats_[i].dropped || i == top) continue;
    const bool same_kind = top_node.has_attribute("class") && dom_.nodes[i].tag == top_node.tag &&
                           dom_.nodes[i].attribute("class") == top_node.attribute("class");
    if (final_score(i) < (same_kind ? 0.2 : 0.75) * final_score(top)) continue;
    if (contains(i, top) || contains(top, i)) continue;
    rivals.push_back(i);
  }
  std::sort(rivals.begin(), rivals.end(),
            [&](std::size_t a, std::size_t b) { return final_score(a) > final_score(b); });
  if (rivals.size() > kRivals) rivals.resize(kRivals);
  for (std::size_t a = stats_[top].parent; a != kNone && dom_.nodes[a].tag != "body";
       a = stats_[a].parent) {
    const auto inside =
        std::count_if(rivals.begin(), rivals.end(), [&](std::size_t r) { return contains(a, r); });
    if (inside >= 2) return a;
  }
  return top;
}

std::vector<std::size_t> Scorer::scored_roots() const {
  std::size_t top = top_candidate();
  if (top == kNone) return {body()};
  top = common_ancestor_of_rivals(top);
  // Climb while the parent scores better, as a wrapper of several scored blocks would.
  double last = stats_[top].score;
  const double threshold = last / 3;
  for (std::size_t p = stats_[top].parent; p != kNone && dom_.nodes[p].tag != "body";
       p = stats_[p].parent) {
    if (!stats_[p].scored) continue;
    if (stats_[p].score < threshold) break;
    if (stats_[p].score > last) {
      top = p;
      break;
    }
    last = stats_[p].score;
  }
  const std::size_t parent = stats_[top].parent;
  if (parent == kNone) return {top};
  std::vector<std::size_t> roots;
  for (const std::size_t sibling : dom_.nodes[parent].children) {
    if (sibling == top || kindred_sibling(top, sibling)) roots.push_back(sibling);
  }
  return roots;
}

// A list, table or box inside the article that is mostly links or carries almost no prose:
// related-story lists, tag clouds, share bars without a telling class name.
bool Scorer::boilerplate_block(std::size_t node) const {
  const HtmlNode& n = dom_.nodes[node];
  const Stats& s = stats_[node];
  // A paragraph that is mostly a link ("CLICK HERE TO GET THE APP", "See more: <headline>").
  if (n.tag == "p") {
    return s.chars > 0 && s.chars < tuning_.teaser_max_chars &&
           link_density(s) >= tuning_.teaser_link_share;
  }
  if (is_heading_tag(n.tag) || n.tag == "figcaption" || n.tag == "blockquote") return false;
  if (n.tag != "ul" && n.tag != "ol" && n.tag != "div" && n.tag != "section" && n.tag != "table" &&
      n.tag != "dl" && n.tag != "header")
    return false;
  if (s.chars == 0) return false;
  const double density = link_density(s);
  const int weight = class_weight(n);
  if (weight < 0 && s.own_commas < 10 && stats_[node].score < 10) return true;
  if (density > 0.5) return true;
  return weight < 25 && density > 0.3 && s.chars < 200;
}

std::vector<bool> Scorer::skip_mask(const std::vector<std::size_t>& roots) const {
  std::vector<bool> skip(stats_.size(), false);
  double prose = 0;
  for (const std::size_t r : roots) prose += stats_[r].prose;
  for (std::size_t i = 0; i < stats_.size(); ++i) {
    if (dom_.nodes[i].is_text) continue;
    const bool is_root = std::find(roots.begin(), roots.end(), i) != roots.end();
    // Never a block that holds most of the article's prose, whatever it is called.
    const bool holds_article = stats_[i].prose * 2 > prose && prose > 0;
    skip[i] = stats_[i].dropped || (!is_root && !holds_article && boilerplate_block(i));
  }
  return skip;
}

}  // namespace

std::string main_content(const HtmlDom& dom, std::string_view title, const ContentTuning& tuning) {
  const Scorer scorer(dom, tuning);
  const std::vector<std::size_t> roots = scorer.article_roots();
  std::vector<bool> skip = scorer.skip_mask(roots);
  // The headline repeats the title, which is kept apart from the body.
  const std::string key = letters_and_digits(title);
  for (std::size_t i = 0; i < dom.nodes.size() && !key.empty(); ++i) {
    if (!is_heading_tag(dom.nodes[i].tag) || skip[i]) continue;
    const std::string heading = letters_and_digits(inline_text(dom, i));
    if (heading.size() >= 10 && key.find(heading) != std::string::npos) skip[i] = true;
  }
  return render_text(dom, roots, skip);
}

}  // namespace citecheck::source

// The zlib adapter (the only file that includes zlib.h): inflates gzip files in the source stage,
// before charset decoding, so a compressed snapshot reads like the page it holds.
#include "source/gzip.h"

#include <zlib.h>

#include <memory>

namespace citecheck::source {
namespace {

struct InflateEnd {
  void operator()(z_stream* s) const { inflateEnd(s); }
};

}  // namespace

bool is_gzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

std::optional<std::string> gunzip(std::string_view bytes, std::size_t cap) {
  z_stream stream{};
  // 16 + MAX_WBITS: expect a gzip header and trailer, not a bare zlib stream.
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) return std::nullopt;
  const std::unique_ptr<z_stream, InflateEnd> guard(&stream);
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  std::string out;
  char chunk[1 << 16];
  int status = Z_OK;
  while (status != Z_STREAM_END) {
    stream.next_out = reinterpret_cast<Bytef*>(chunk);
    stream.avail_out = sizeof chunk;
    status = inflate(&stream, Z_NO_FLUSH);
    if (status != Z_OK && status != Z_STREAM_END) return std::nullopt;
    out.append(chunk, sizeof chunk - stream.avail_out);
    if (out.size() > cap) return std::nullopt;
    if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) return std::nullopt;
  }
  return out;
}

}  // namespace citecheck::source

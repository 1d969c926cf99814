#include <doctest/doctest.h>

#include <string>

#include "model/escaping.h"

namespace model = eaf::model;

namespace {

// Hostile model text: markup, a quote and an apostrophe, a pipe, a backslash, an ANSI colour
// sequence, a NUL, a carriage return, a line break and a right-to-left override.
const std::string kHostile = std::string("<b a=\"x\" c='y'>&|\\\x1b[31m") + '\0' + "\r\n\xE2\x80\xAE" "end";

std::string Xml(std::string_view text) {
  std::string out;
  model::AppendXmlEscaped(out, text);
  return out;
}

std::string Json(std::string_view text) {
  std::string out;
  model::AppendJsonString(out, text);
  return out;
}

}  // namespace

TEST_CASE("escaping: terminal keeps Vietnamese and escapes controls and bidi overrides") {
  CHECK(model::EscapeForTerminal("Sở Y tế") == "Sở Y tế");
  CHECK(model::EscapeForTerminal("a\x1b[31mb") == "a\\x1b[31mb");
  CHECK(model::EscapeForTerminal("x\ny\tz") == "x\\ny\\tz");
  CHECK(model::EscapeForTerminal("\xE2\x80\xAE" "abc") == "\\u202eabc");
  CHECK(model::EscapeForTerminal("\xC2\x9B") == "\\u009b");
  CHECK(model::EscapeForTerminal("\xFF") == "\\xff");
  CHECK(model::EscapeForTerminal(kHostile) == "<b a=\"x\" c='y'>&|\\\\\\x1b[31m\\x00\\r\\n\\u202eend");
}

TEST_CASE("escaping: terminal makes invisible and line-breaking characters visible") {
  CHECK(model::EscapeForTerminal("a\xE2\x80\xA8" "b") == "a\\u2028b");  // line separator
  CHECK(model::EscapeForTerminal("a\xE2\x80\xA9" "b") == "a\\u2029b");  // paragraph separator
  CHECK(model::EscapeForTerminal("a\xE2\x80\x8B" "b") == "a\\u200bb");  // zero-width space
  CHECK(model::EscapeForTerminal("\xEF\xBB\xBF" "id") == "\\ufeffid");  // byte order mark
  CHECK(model::EscapeForTerminal("Hà\xC2\xAD" "Nội") == "Hà\\u00adNội");  // soft hyphen
  // Tag characters spell hidden ASCII ("ai" here) that a terminal does not show.
  CHECK(model::EscapeForTerminal("ok\xF3\xA0\x80\x81\xF3\xA0\x81\xA1\xF3\xA0\x81\xA9\xF3\xA0\x81\xBF") ==
        "ok\\U000e0001\\U000e0061\\U000e0069\\U000e007f");
  // Neighbours of the escaped ranges stay as they are: other emoji tags and zero-width joiners are
  // not hidden text.
  CHECK(model::EscapeForTerminal("\xF3\xA0\x82\x80") == "\xF3\xA0\x82\x80");  // U+E0080
  CHECK(model::EscapeForTerminal("\xE2\x80\x8D") == "\xE2\x80\x8D");          // U+200D
}

TEST_CASE("escaping: a backslash is doubled, so a model string cannot forge an escape") {
  CHECK(model::EscapeForTerminal("\\u202e") == "\\\\u202e");
  CHECK(model::EscapeForTerminal("C:\\eaf") == "C:\\\\eaf");
}

TEST_CASE("escaping: XML content and attributes") {
  CHECK(Xml("Sở Y tế") == "Sở Y tế");
  CHECK(Xml(kHostile) == "&lt;b a=&quot;x&quot; c=&apos;y&apos;&gt;&amp;|\\\xEF\xBF\xBD[31m\xEF\xBF\xBD\r\n\xE2\x80\xAE" "end");
  CHECK(Xml("\t") == "\t");
}

TEST_CASE("escaping: HTML content and attribute values") {
  CHECK(model::EscapeHtml("Sở Y tế") == "Sở Y tế");
  CHECK(model::EscapeHtml(kHostile) == "&lt;b a=&quot;x&quot; c=&#39;y&#39;&gt;&amp;|\\\xEF\xBF\xBD[31m\xEF\xBF\xBD\xEF\xBF\xBD\n\xE2\x80\xAE" "end");
  CHECK(model::EscapeHtml("</script><script>alert(1)</script>") == "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
}

TEST_CASE("escaping: JSON strings") {
  CHECK(Json("Sở Y tế") == "\"Sở Y tế\"");
  CHECK(Json(kHostile) == "\"\\u003cb a=\\\"x\\\" c='y'\\u003e\\u0026|\\\\\\u001b[31m\\u0000\\r\\n\xE2\x80\xAE" "end\"");
  CHECK(Json("\b\f\x7f") == "\"\\b\\f\\u007f\"");
  CHECK(Json("</script>") == "\"\\u003c/script\\u003e\"");
}

TEST_CASE("escaping: Markdown table cells") {
  CHECK(model::EscapeMarkdownCell("Sở Y tế") == "Sở Y tế");
  CHECK(model::EscapeMarkdownCell(kHostile) == "&lt;b a=\"x\" c='y'&gt;&amp;\\|\\[31m  \xE2\x80\xAE" "end");
  CHECK(model::EscapeMarkdownCell("a | b\nc") == "a \\| b c");
  // For a terminal: escaped for the terminal first, so nothing invisible is left.
  CHECK(model::EscapeMarkdownCell(model::EscapeForTerminal(kHostile)) ==
        "&lt;b a=\"x\" c='y'&gt;&amp;\\|\\\\\\x1b[31m\\x00\\r\\n\\u202eend");
}

TEST_CASE("escaping: DOT strings cannot be ended or broken by model text") {
  CHECK(model::QuoteDot("Sở Y tế") == "\"Sở Y tế\"");
  CHECK(model::QuoteDot("a\"; evil -> x; \"b") == "\"a\\\"; evil -> x; \\\"b\"");
  CHECK(model::QuoteDot(kHostile) == "\"<b a=\\\"x\\\" c='y'>&|\\\\[31m\\n\xE2\x80\xAE" "end\"");
}

TEST_CASE("escaping: CSV fields are quoted as RFC 4180 says and never start a formula") {
  CHECK(model::EscapeCsvField("Sở Y tế") == "Sở Y tế");
  CHECK(model::EscapeCsvField("a,b") == "\"a,b\"");
  CHECK(model::EscapeCsvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(model::EscapeCsvField("line\nbreak") == "\"line\nbreak\"");
  CHECK(model::EscapeCsvField(" padded") == "\" padded\"");
  // OWASP's CSV injection advice: a leading ' so that a spreadsheet shows text, never a formula.
  CHECK(model::EscapeCsvField("=1+2") == "'=1+2");
  CHECK(model::EscapeCsvField("+1") == "'+1");
  CHECK(model::EscapeCsvField("-1") == "'-1");
  CHECK(model::EscapeCsvField("@SUM(A1)") == "'@SUM(A1)");
  CHECK(model::EscapeCsvField("\tx") == "'\tx");
  CHECK(model::EscapeCsvField("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  CHECK(model::EscapeCsvField("a=b") == "a=b");
  CHECK(model::EscapeCsvField("") == "");
}

TEST_CASE("escaping: a shell word is plain when safe, else single-quoted") {
  CHECK(eaf::model::QuoteShell("/tmp/fed/agency-0001.xml") == "/tmp/fed/agency-0001.xml");
  CHECK(eaf::model::QuoteShell("Sơn La/target.xml") == "'Sơn La/target.xml'");
  CHECK(eaf::model::QuoteShell("a'b;rm") == "'a'\\''b;rm'");
  CHECK(eaf::model::QuoteShell("$(x)") == "'$(x)'");
  CHECK(eaf::model::QuoteShell("") == "''");
}

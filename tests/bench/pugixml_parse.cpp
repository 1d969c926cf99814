// pugixml_parse.cpp: the benchmark floor. Parses one file with pugixml's default options into a
// DOM and does nothing else; eaf's load times are reported relative to this.
#include <pugixml.hpp>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  pugi::xml_document doc;
  return doc.load_file(argv[1], pugi::parse_default) ? 0 : 1;
}

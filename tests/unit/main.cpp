#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "model/data_files.h"

// Data files (catalogues, the profile's tables) come from the source tree's rules/, so a test
// sees the texts being edited without a rebuild.
int main(int argc, char** argv) {
  eaf::model::SetDataDirectory(EAF_SOURCE_DIR "/rules");
  doctest::Context context(argc, argv);
  return context.run();
}

#include <iostream>

#include "cli/cli.h"

int main(int argc, char** argv) { return eaf::cli::Main(argc, argv, std::cout, std::cerr, eaf::cli::Teardown::kLeaveToExit); }

#pragma once
#include <CLI/CLI.hpp>
#include <string>

namespace fl::cli {

struct Globals {
  std::string journal;
  std::string now_text;
  long lock_timeout_ms = 10000;
  int exit_code = 0;
};

void register_commands(CLI::App& app, Globals& g);

}  // namespace fl::cli

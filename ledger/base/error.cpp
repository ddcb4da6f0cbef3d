#include "base/error.hpp"

namespace fl {

Error& Error::in(std::string_view field) & {
  if (field_.empty()) {
    field_ = field;
  } else if (field.starts_with("--")) {
    field_ = std::string(field) + ": " + field_;  // a command-line flag: "--posting 2: amount"
  } else if (field_.front() == '[') {
    field_ = std::string(field) + field_;
  } else {
    field_ = std::string(field) + "." + field_;
  }
  return *this;
}

std::string Error::render() const {
  std::string out;
  if (pos_ && !pos_->path.empty()) {
    out += pos_->path;
    if (pos_->line != 0) {
      out += ":" + std::to_string(pos_->line);
      if (pos_->col != 0) out += ":" + std::to_string(pos_->col);
    }
    out += ": ";
  }
  out += "error: ";
  if (!field_.empty()) out += field_ + ": ";
  out += message_;
  for (const auto& c : context_) out += " (" + c + ")";
  return out;
}

}  // namespace fl

#include "reports/sum.hpp"

#include <stdexcept>

namespace fl::reports {

void throw_overflow(const Error& e) { throw std::overflow_error(e.message()); }

}  // namespace fl::reports

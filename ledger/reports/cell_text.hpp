#pragma once
// What a text cell (a description, a name, a reference: text that came from a user's file)
// becomes in each rendering that would otherwise act on it (docs/limits.md, "Output safety").
#include <string>
#include <string_view>

namespace fl::reports {

// CSV: a cell that a spreadsheet would run as a formula — one starting with =, +, -, @, a tab or
// a carriage return — is prefixed with ' (OWASP's advice against CSV injection). A plain decimal
// number (-12.50) is left as it is: it is read as a number, never as a formula.
std::string csv_safe_text(std::string_view cell);

// A terminal: C0 controls, DEL and C1 controls are shown escaped — \t, \n, \r, \xNN for the other
// C0 controls and DEL, \u00NN for C1 — so a carriage return or an ANSI escape in a description
// cannot move the cursor, recolour or overwrite a row on screen.
std::string terminal_safe_text(std::string_view cell);

}  // namespace fl::reports

#include "core/pipeline/pipeline_text.hpp"

#include <cmath>

#include "core/util/text.hpp"

namespace dealdojo::pipeline {

std::string format_decimal(double value, int decimals) {
  if (!std::isfinite(value)) return "?";
  std::int64_t scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  const std::int64_t scaled = std::llround(value * static_cast<double>(scale));
  const std::int64_t magnitude = scaled < 0 ? -scaled : scaled;
  std::string out = (scaled < 0 ? "-" : "") + text::with_thousands(magnitude / scale);
  std::int64_t fraction = magnitude % scale;
  int digits = decimals;
  while (digits > 0 && fraction % 10 == 0 && fraction != 0) {
    fraction /= 10;
    --digits;
  }
  if (fraction != 0) {
    std::string frac = std::to_string(fraction);
    out += "." + std::string(static_cast<std::size_t>(digits) - frac.size(), '0') + frac;
  }
  return out;
}

std::string format_share(double share) { return format_decimal(share * 100.0, 1) + "%"; }

std::string format_days(double days) {
  const std::string number = format_decimal(days, 1);
  return number + (number == "1" ? " day" : " days");
}

std::string format_multiple(double multiple) {
  std::string number = format_decimal(multiple, 1);
  if (number.find('.') == std::string::npos) number += ".0";
  return number + "×";
}

std::string format_units(std::int64_t units) { return text::with_thousands(units); }

std::int64_t whole_units_rounded(util::Money amount) {
  const std::int64_t cents = amount.cents();
  const std::int64_t half = util::Money::kCentsPerUnit / 2;
  return cents >= 0 ? (cents + half) / util::Money::kCentsPerUnit : -((-cents + half) / util::Money::kCentsPerUnit);
}

}  // namespace dealdojo::pipeline

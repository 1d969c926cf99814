#include "model/clock.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace eaf::model {
namespace {

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::chrono::year_month_day DayOf(std::int64_t seconds) {
  return std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(seconds))));
}

}  // namespace

std::string SourceDateEpochValue() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  return value ? value : "";
}

std::optional<std::int64_t> ReferenceTime() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (!value) {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  }
  const std::string_view text(value);
  // Up to year 9999: anything longer is no date this tool can print.
  if (!AllDigits(text) || text.size() > 12) return std::nullopt;
  return std::strtoll(value, nullptr, 10);
}

std::string UtcDate(std::int64_t seconds) {
  const std::chrono::year_month_day day = DayOf(seconds);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                static_cast<unsigned>(day.day()));
  return buffer;
}

std::string UtcDateTime(std::int64_t seconds) {
  const std::int64_t in_day = ((seconds % 86400) + 86400) % 86400;
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "T%02d:%02d:%02dZ", static_cast<int>(in_day / 3600), static_cast<int>(in_day / 60 % 60),
                static_cast<int>(in_day % 60));
  return UtcDate(seconds) + buffer;
}

bool IsIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  if (!AllDigits(text.substr(0, 4)) || !AllDigits(text.substr(5, 2)) || !AllDigits(text.substr(8, 2))) return false;
  const int year = std::atoi(std::string(text.substr(0, 4)).c_str());
  const unsigned month = static_cast<unsigned>(std::atoi(std::string(text.substr(5, 2)).c_str()));
  const unsigned day = static_cast<unsigned>(std::atoi(std::string(text.substr(8, 2)).c_str()));
  return std::chrono::year_month_day(std::chrono::year(year), std::chrono::month(month), std::chrono::day(day)).ok();
}

}  // namespace eaf::model

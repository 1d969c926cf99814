#pragma once
/// The time a run refers to: SOURCE_DATE_EPOCH when set (reproducible reports, see
/// https://reproducible-builds.org/specs/source-date-epoch/), else the current time; and the
/// calendar dates of waivers (YYYY-MM-DD, UTC).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace eaf::model {

/// Seconds since 1970-01-01 UTC: SOURCE_DATE_EPOCH when set, else now. nullopt when
/// SOURCE_DATE_EPOCH is set but is not a non-negative decimal integer (the spec asks tools to
/// refuse such a value rather than guess).
std::optional<std::int64_t> ReferenceTime();

/// The raw value of SOURCE_DATE_EPOCH, empty when unset (for the message about a bad value).
std::string SourceDateEpochValue();

/// "YYYY-MM-DD" of the UTC day holding `seconds`.
std::string UtcDate(std::int64_t seconds);

/// "YYYY-MM-DDTHH:MM:SSZ" of `seconds`.
std::string UtcDateTime(std::int64_t seconds);

/// True when `text` is a real calendar date written YYYY-MM-DD (2026-02-30 is not).
bool IsIsoDate(std::string_view text);

}  // namespace eaf::model

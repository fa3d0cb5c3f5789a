#pragma once
// The app's two clocks: wall-clock time for records, the steady clock for durations
// and debouncing (it never jumps when the system time is changed).
#include <chrono>
#include <cstdint>

namespace dealdojo {

inline std::int64_t wall_clock_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

inline std::int64_t steady_clock_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

// The steady clock in fractional milliseconds, for timing start-up phases.
inline double steady_clock_ms_precise() {
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace dealdojo

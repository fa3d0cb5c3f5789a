#pragma once
// The one shape of an expected failure: a value, or the problems that kept it
// from being made. Each problem is a content::Diagnostic (file, JSON Pointer or
// field, message), so a pack, a save file and a form field all report alike.
// A value may come with warnings. Bugs are asserts, never a Result.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/content/diagnostic.hpp"

namespace dealdojo::util {

template <typename T>
class Result {
 public:
  Result(T value) : m_value(std::move(value)) {}  // NOLINT: a value converts implicitly, like std::optional
  static Result failure(std::vector<content::Diagnostic> diagnostics) {
    Result out;
    out.m_diagnostics = std::move(diagnostics);
    return out;
  }
  static Result failure(std::string file, std::string pointer, std::string message) {
    return failure({content::Diagnostic{content::Diagnostic::Severity::Error, std::move(file), std::move(pointer),
                                        std::move(message)}});
  }

  bool ok() const { return m_value.has_value(); }
  explicit operator bool() const { return ok(); }
  const T& operator*() const& { return *m_value; }
  T& operator*() & { return *m_value; }
  T&& operator*() && { return std::move(*m_value); }
  const T* operator->() const { return &*m_value; }
  T* operator->() { return &*m_value; }
  const std::optional<T>& value() const { return m_value; }
  std::optional<T> take_value() { return std::move(m_value); }

  const std::vector<content::Diagnostic>& diagnostics() const { return m_diagnostics; }
  void add(content::Diagnostic diagnostic) { m_diagnostics.push_back(std::move(diagnostic)); }
  // The first error, for a one-line message ("at /answers/3: is missing"); nullptr when none.
  const content::Diagnostic* first_error() const {
    for (const content::Diagnostic& d : m_diagnostics) {
      if (d.is_error()) return &d;
    }
    return nullptr;
  }
  // Every error's message, in order, for a screen that lists them.
  std::vector<std::string> error_messages() const {
    std::vector<std::string> out;
    for (const content::Diagnostic& d : m_diagnostics) {
      if (d.is_error()) out.push_back(d.message);
    }
    return out;
  }
  // The first error's message alone ("" when there is none).
  std::string error_message() const {
    const content::Diagnostic* d = first_error();
    return d ? d->message : std::string();
  }

 private:
  Result() = default;
  std::optional<T> m_value;
  std::vector<content::Diagnostic> m_diagnostics;
};

// A Result for work that makes no value: done, or the problems.
struct Done {};
using Status = Result<Done>;
inline Status done() { return Done{}; }

}  // namespace dealdojo::util

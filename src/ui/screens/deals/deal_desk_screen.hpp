#pragma once
// The deal desk: calculators for AOV, TCV, ACV, ramped deals, deferred revenue
// and discounts, each showing its working, and a drill of generated problems.
#include <optional>
#include <string>
#include <vector>

#include "core/deals/contract_values.hpp"
#include "core/deals/deferred_revenue.hpp"
#include "core/deals/discount.hpp"
#include "core/deals/drill.hpp"
#include "ui/screen.hpp"

namespace dealdojo::ui {

enum class DealTool { Aov, Tcv, Acv, Ramp, Deferred, Discount, Drill };

// View state: the texts typed into each calculator and its last result, which is
// recomputed only when a field changes.
struct DealDeskView {
  DealTool tool = DealTool::Aov;
  struct { deals::AovForm form{"1,000,000", "2", deals::TermUnit::Years}; deals::AovResult result; } aov;
  struct { deals::TcvForm form{"500,000", "2", deals::TermUnit::Years}; deals::TcvResult result; } tcv;
  struct { deals::AcvForm form{"500,000", "", "200,000"}; deals::AcvResult result; } acv;
  struct { std::string years = "100,000; 150,000; 200,000"; std::string previous; deals::RampResult result; } ramp;
  struct {
    deals::DeferredForm form{"120,000", "12", deals::TermUnit::Months, "2026-01", "2026-03", "50,000"};
    deals::DeferredResult result;
    bool schedule_as_list = false;  // the schedule was drawn as a list per month: the table did not fit
  } deferred;
  struct { deals::DiscountForm form{"100,000", "15"}; deals::DiscountResult result; } discount;
  struct {
    std::optional<deals::DrillProblem> problem;
    std::string answer;
    std::optional<deals::DrillCheck> check;
    int answered = 0;
    int right = 0;
  } drill;
  bool computed = false;
  float content_right = 0.0f;  // the right edge of the screen's content, for describe(): nothing may pass it
};

class DealDeskScreen final : public Screen {
 public:
  std::string_view id() const override { return "deals"; }
  std::string_view title() const override { return "Deal desk"; }
  void draw(AppContext& ctx) override;
  nlohmann::json describe(const AppContext& ctx) const override;

 private:
  DealDeskView m_view;
};

// The panels (deal_desk_panels.cpp, deferred_panel.cpp, drill_panel.cpp).
void recompute_all(DealDeskView& view);
void draw_aov_panel(AppContext& ctx, DealDeskView& view);
void draw_tcv_panel(AppContext& ctx, DealDeskView& view);
void draw_acv_panel(AppContext& ctx, DealDeskView& view);
void draw_ramp_panel(AppContext& ctx, DealDeskView& view);
void draw_discount_panel(AppContext& ctx, DealDeskView& view);
void draw_deferred_panel(AppContext& ctx, DealDeskView& view);
void draw_drill_panel(AppContext& ctx, DealDeskView& view);
// The working lines (or the errors) of a result, for panels and describe().
void draw_working(AppContext& ctx, const std::vector<std::string>& working, const std::string& name);
std::vector<std::string> split_ramp_years(const std::string& text);
// Tables' header cells as bold text (not ImGui's header widget), so a test sees
// each title's own width; amounts' titles sit at the right like the amounts.
void draw_table_header(AppContext& ctx, const char* title, const std::string& name, bool right_aligned);
// `text` at the right of the space left on the line (a table cell).
void draw_right_aligned(const std::string& text);

}  // namespace dealdojo::ui

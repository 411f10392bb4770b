import { createInstance } from "i18next";
import { renderToString } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { i18nOptions } from "~/i18n/config";
import type { ChartData } from "~/schemas/open-data";
import { StatisticsCharts } from "./charts";

const data: ChartData = {
  from: "2025-01",
  to: "2025-03",
  suppressionThreshold: 5,
  months: [
    { month: "2025-01", received: 12, decided: 10, decidedOnTime: 9, onTimeShare: 0.9, suppressed: [] },
    { month: "2025-02", received: null, decided: null, decidedOnTime: null, onTimeShare: null, suppressed: ["received", "decided", "decidedOnTime", "onTimeShare"] },
    { month: "2025-03", received: 30, decided: 20, decidedOnTime: 15, onTimeShare: 0.75, suppressed: [] },
  ],
  permits: [
    { permit: "a-permit", name: { th: "ใบอนุญาตเอ", en: "Permit A" }, decided: 30, medianWorkingDays: 4.5, suppressed: [] },
    { permit: "b-permit", name: { th: "ใบอนุญาตบี", en: "Permit B" }, decided: null, medianWorkingDays: null, suppressed: ["decided", "medianWorkingDays"] },
  ],
};

async function render(lng: "th" | "en", value: ChartData = data) {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init(i18nOptions(lng));
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <StatisticsCharts data={value} />
    </I18nextProvider>,
  );
}

describe("statistics charts (server-rendered SVG)", () => {
  it("renders three figures, each an SVG image with a caption and a table", async () => {
    const html = await render("en");
    expect(html.match(/<figure/g)).toHaveLength(3);
    expect(html.match(/<figcaption/g)).toHaveLength(3);
    expect(html.match(/role="img"/g)).toHaveLength(3);
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(3);
    expect(html.match(/<table>/g)).toHaveLength(3);
    expect(html).toContain('aria-label="Requests received per month, January 2025 to March 2025. The figures are in the table that follows."');
    // Two months with figures make two bars; the withheld month is a gap, explained in the table.
    expect(html.match(/class="recharts-rectangle recharts-bar-rectangle"/g)?.length ?? html.match(/recharts-rectangle/g)?.length).toBeGreaterThanOrEqual(2);
    expect(html).toContain("fewer than 5");
    expect(html).toContain("90%");
    expect(html).toContain("Permit A");
    // Deterministic ids, so the server's markup is what the browser hydrates.
    expect(html).toContain("statistics-requests-chart-clip");
  });

  it("speaks Thai with Buddhist-era months", async () => {
    const html = await render("th");
    expect(html).toContain("มกราคม 2568");
    expect(html).toContain("ร้อยละ 90");
    expect(html).toContain("น้อยกว่า 5");
  });

  it("says so when every figure is withheld", async () => {
    const empty = { ...data, months: data.months.map((m) => ({ ...m, received: null, onTimeShare: null })), permits: [] };
    const html = await render("en", empty);
    expect(html.match(/No figures to show for this period\./g)).toHaveLength(3);
    expect(html).not.toContain("<svg");
  });
});

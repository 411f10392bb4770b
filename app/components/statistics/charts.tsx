// Statistics charts (O3): requests per month, share decided on time per month (R10.1), and the
// median working days to decision per permit. Rendered to SVG on the server with fixed sizes
// (no measuring, no animation), so they work without JavaScript. Each chart is a figure with a
// caption and a text alternative, and its numbers are also a real table for screen readers and
// anyone who wants the figures. Withheld small cells (O4) are gaps in the chart and say so in
// the table. Colours have at least 4.5:1 contrast on white (WCAG AA, text and graphics).
import type { ReactElement, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, XAxis, YAxis } from "recharts";
import { KeptMarkup } from "~/components/kept-markup";
import { formatMonth, formatShare } from "~/components/manual/manual-statistics";
import type { ChartData } from "~/schemas/open-data";
import { formatNumber } from "~/utils/format";

const COLOURS = {
  requests: "#0b3d91", // brand blue, 10.0:1 on white
  onTime: "#1e6b35", // green, 6.5:1
  median: "#a3300f", // accent red-brown, 7.0:1
  text: "#4a4f57", // muted ink, 8.2:1
  grid: "#c9ced6", // decorative only
} as const;
const WIDTH = 640;
const HEIGHT = 260;
const TICK = { fill: COLOURS.text, fontSize: 12 };
// A wrapper that scrolls sideways on narrow screens instead of squeezing the fixed-size SVG.
const SCROLL = { maxWidth: "100%", overflowX: "auto", overflowY: "hidden" } as const;

function ChartFigure(props: { id: string; title: string; label: string; empty: boolean; cacheKey: string; chart: () => ReactElement; table: ReactNode }) {
  const { t } = useTranslation("manual");
  return (
    <figure className="statistics-chart" aria-labelledby={`${props.id}-caption`} data-testid={props.id} style={{ margin: "0 0 1.5rem" }}>
      <figcaption id={`${props.id}-caption`}>{props.title}</figcaption>
      {props.empty ? (
        <p className="muted">{t("statistics.charts.noData")}</p>
      ) : (
        <KeptMarkup role="img" aria-label={props.label} style={SCROLL} cacheKey={props.cacheKey} render={props.chart} />
      )}
      <details>
        <summary>{t("statistics.charts.showTable")}</summary>
        {props.table}
      </details>
    </figure>
  );
}

const shorten = (text: string, max = 32) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The three statistics charts for a window of months; `idPrefix` keeps ids unique on a page. */
export function StatisticsCharts({ data, idPrefix = "statistics" }: { data: ChartData; idPrefix?: string }) {
  const { t, i18n } = useTranslation("manual");
  const lng = i18n.language === "en" ? "en" : "th";
  const threshold = data.suppressionThreshold;
  const count = (n: number | null) => (n === null ? t("statistics.fewerThan", { threshold }) : formatNumber(n, lng));
  const percent = (s: number | null) => (s === null ? t("statistics.notShown", { threshold }) : t("statistics.charts.percent", { value: formatShare(s, lng) }));
  const range = { from: formatMonth(data.from, lng), to: formatMonth(data.to, lng) };
  const months = data.months.map((m) => ({
    ...m,
    label: formatMonth(m.month, lng, "short"),
    percent: m.onTimeShare === null ? null : Math.round(m.onTimeShare * 1000) / 10,
  }));
  const permits = data.permits.map((p) => ({ ...p, label: shorten(p.name[lng]) }));
  const titles = {
    requests: t("statistics.charts.requestsTitle"),
    onTime: t("statistics.charts.onTimeTitle"),
    median: t("statistics.charts.medianTitle"),
  };
  const medianHeight = 40 + 32 * Math.max(1, permits.length);
  // Everything the three charts' markup depends on: the figures, the language and the ids.
  const cacheKey = (chart: string) => JSON.stringify([chart, idPrefix, lng, chart === "median" ? permits : months]);

  return (
    <div className="statistics-charts">
      <ChartFigure
        id={`${idPrefix}-requests`}
        title={titles.requests}
        label={t("statistics.charts.chartLabel", { title: titles.requests, ...range })}
        empty={months.every((m) => m.received === null)}
        cacheKey={cacheKey("requests")}
        chart={() => (
          <BarChart id={`${idPrefix}-requests-chart`} width={WIDTH} height={HEIGHT} data={months} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid stroke={COLOURS.grid} vertical={false} />
            <XAxis dataKey="label" tick={TICK} stroke={COLOURS.text} interval={0} />
            <YAxis tick={TICK} stroke={COLOURS.text} allowDecimals={false} tickFormatter={(v: number) => formatNumber(v, lng)} />
            <Bar dataKey="received" fill={COLOURS.requests} isAnimationActive={false} />
          </BarChart>
        )}
        table={
          <DataTable
            caption={titles.requests}
            head={[t("statistics.charts.month"), t("statistics.charts.received")]}
            rows={months.map((m) => ({ key: m.month, header: formatMonth(m.month, lng), cells: [count(m.received)] }))}
          />
        }
      />
      <ChartFigure
        id={`${idPrefix}-on-time`}
        title={titles.onTime}
        label={t("statistics.charts.chartLabel", { title: titles.onTime, ...range })}
        empty={months.every((m) => m.percent === null)}
        cacheKey={cacheKey("on-time")}
        chart={() => (
          <LineChart id={`${idPrefix}-on-time-chart`} width={WIDTH} height={HEIGHT} data={months} margin={{ top: 16, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid stroke={COLOURS.grid} vertical={false} />
            <XAxis dataKey="label" tick={TICK} stroke={COLOURS.text} interval={0} padding={{ left: 24, right: 24 }} />
            <YAxis domain={[0, 100]} tick={TICK} stroke={COLOURS.text} tickFormatter={(v: number) => `${v}%`} />
            <Line
              dataKey="percent"
              stroke={COLOURS.onTime}
              strokeWidth={3}
              dot={{ r: 4, fill: COLOURS.onTime, stroke: COLOURS.onTime }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        )}
        table={
          <DataTable
            caption={titles.onTime}
            head={[t("statistics.charts.month"), t("statistics.charts.decided"), t("statistics.charts.onTimeShare")]}
            rows={months.map((m) => ({ key: m.month, header: formatMonth(m.month, lng), cells: [count(m.decided), percent(m.onTimeShare)] }))}
          />
        }
      />
      <ChartFigure
        id={`${idPrefix}-median`}
        title={titles.median}
        label={t("statistics.charts.chartLabel", { title: titles.median, ...range })}
        empty={permits.every((p) => p.medianWorkingDays === null)}
        cacheKey={cacheKey("median")}
        chart={() => (
          <BarChart
            id={`${idPrefix}-median-chart`}
            layout="vertical"
            width={WIDTH}
            height={medianHeight}
            data={permits}
            margin={{ top: 8, right: 48, bottom: 8, left: 8 }}
          >
            <CartesianGrid stroke={COLOURS.grid} horizontal={false} />
            <XAxis type="number" tick={TICK} stroke={COLOURS.text} allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={240} tick={TICK} stroke={COLOURS.text} interval={0} />
            <Bar dataKey="medianWorkingDays" fill={COLOURS.median} isAnimationActive={false} barSize={18}>
              <LabelList dataKey="medianWorkingDays" position="right" fill={COLOURS.text} fontSize={12} />
            </Bar>
          </BarChart>
        )}
        table={
          <DataTable
            caption={titles.median}
            head={[t("statistics.charts.permit"), t("statistics.charts.decided"), t("statistics.charts.medianWorkingDays")]}
            rows={permits.map((p) => ({
              key: p.permit,
              header: p.name[lng],
              cells: [count(p.decided), p.medianWorkingDays === null ? t("statistics.notShown", { threshold }) : formatNumber(p.medianWorkingDays, lng)],
            }))}
          />
        }
      />
    </div>
  );
}

// The figures behind a chart, for screen readers and for anyone who wants the numbers: one row
// header (the month or the permit) and its values.
function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: { key: string; header: string; cells: string[] }[] }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.header}</th>
            {r.cells.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { renderKept } from "./kept-markup.server";

describe("renderKept (the dashboard charts' server markup)", () => {
  it("renders an element once per key and gives the same markup again", () => {
    let renders = 0;
    const chart = (label: string) => () => {
      renders += 1;
      return createElement("svg", { width: 10 }, createElement("text", null, label));
    };
    const first = renderKept("test|a", chart("ก"));
    expect(first).toBe('<svg width="10"><text>ก</text></svg>');
    expect(renderKept("test|a", chart("changed"))).toBe(first);
    expect(renders).toBe(1);
    // Another key (other figures, another language) is rendered on its own.
    expect(renderKept("test|b", chart("b"))).toContain("<text>b</text>");
    expect(renders).toBe(2);
  });

  it("keeps at most 200 keys, dropping the least recently used", () => {
    let renders = 0;
    const el = () => {
      renders += 1;
      return createElement("i");
    };
    renderKept("lru|0", el);
    for (let i = 1; i <= 200; i++) {
      renderKept(`lru|${i}`, el);
      if (i === 100) renderKept("lru|0", el); // used again: moves to the back
    }
    renders = 0;
    renderKept("lru|0", el);
    expect(renders).toBe(0);
    renderKept("lru|1", el); // the oldest unused: dropped
    expect(renders).toBe(1);
  });
});

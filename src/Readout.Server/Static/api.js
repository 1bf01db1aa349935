// Readout API explorer: lists operations from the OpenAPI document and lets you try GETs.
// Every value is put into the page with textContent (never innerHTML): responses carry scraped text.
"use strict";

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function operation(path, method, op) {
  const card = el("section", { class: "card api-op" });
  const title = el("h2");
  title.append(el("code", { class: "method" }, method.toUpperCase()), el("code", {}, path));
  card.append(title);
  if (op.summary) card.append(el("p", { class: "muted" }, op.summary));
  if (op.description) card.append(el("p", { class: "muted" }, op.description));
  if (method !== "get") return card;

  const form = el("form", { class: "filters" });
  const params = op.parameters || [];
  for (const p of params) {
    const label = el("label", {}, p.name + (p.required ? " *" : ""));
    label.append(el("input", { name: p.name, "data-in": p.in }));
    form.append(label);
  }
  const send = el("button", { type: "submit" }, "Send");
  form.append(send);
  const status = el("p", { class: "muted" });
  const output = el("pre");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    let url = path;
    const query = new URLSearchParams();
    for (const input of form.querySelectorAll("input")) {
      if (!input.value) continue;
      if (input.dataset.in === "path") url = url.replace("{" + input.name + "}", encodeURIComponent(input.value));
      else query.append(input.name, input.value);
    }
    const full = url + (query.toString() ? "?" + query : "");
    status.textContent = "GET " + full + " …";
    try {
      const response = await fetch(full, { headers: { Accept: "application/json" } });
      const text = await response.text();
      status.textContent = "GET " + full + " → " + response.status + " " + (response.headers.get("content-type") || "");
      try { output.textContent = JSON.stringify(JSON.parse(text), null, 2); } catch { output.textContent = text; }
    } catch (e) {
      status.textContent = "GET " + full + " failed: " + e;
    }
  });
  card.append(form, status, output);
  return card;
}

async function main() {
  const root = document.getElementById("operations");
  try {
    const doc = await (await fetch("/openapi/v1.json")).json();
    for (const [path, item] of Object.entries(doc.paths || {})) {
      for (const method of ["get", "post", "put", "delete", "patch"]) {
        if (item[method]) root.append(operation(path, method, item[method]));
      }
    }
  } catch (e) {
    root.append(el("p", {}, "Could not load the OpenAPI document: " + e));
  }
}

main();

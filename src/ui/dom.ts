// The app's one element builder, h(), and scheduling helpers for the shell and the panels (no
// framework: the panels are few, and frames arrive many times a second, so updates are done by
// hand and throttled).

/** CSS custom properties set through the CSSOM (allowed under `style-src 'self'`), e.g. {'--c': '#e69f00'}. */
type Vars = Record<`--${string}`, string | number>;
type AttrValue = string | number | boolean | null | undefined | ((e: Event) => void);
type Attrs = {
  [name: string]: AttrValue | Vars;
  /** Inline `style` attributes are refused by the app's Content-Security-Policy: use `css`. */
  style?: never;
  css?: Vars;
};
type Child = Node | string | null | undefined | false;

/** An element with attributes ('class', 'text', 'css' custom properties, on… listeners; false or null leaves one out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'css') {
      for (const [name, value] of Object.entries(v as Vars)) el.style.setProperty(name, String(value));
      continue;
    }
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v as EventListener);
    else if (k === 'class') el.className = String(v);
    else if (k === 'text') el.textContent = String(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** Runs `fn` at most once per `ms`, later rather than now, so a burst of frames costs one call. */
export function throttle(fn: () => void, ms: number): { (): void; cancel(): void; now(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = -Infinity;
  const run = (): void => {
    timer = null;
    last = performance.now();
    fn();
  };
  const t = (): void => {
    if (timer !== null) return;
    timer = setTimeout(run, Math.max(0, last + ms - performance.now()));
  };
  t.cancel = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  t.now = (): void => {
    t.cancel();
    run();
  };
  return t;
}

let uid = 0;
/** Unique element id (for label/aria links). */
export function newId(prefix: string): string {
  return `${prefix}-${++uid}`;
}

/** Whether a key press is going into a text field (so global shortcuts must leave it alone). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  if (target instanceof HTMLInputElement) {
    return !['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'color'].includes(target.type);
  }
  return false;
}

/** Calls `onVisible` whenever the element becomes visible (tab shown, panel expanded). */
export function whenVisible(el: HTMLElement, onVisible: () => void): () => boolean {
  let visible = false;
  const io = new IntersectionObserver((entries) => {
    const v = entries.some((e) => e.isIntersecting);
    if (v && !visible) {
      visible = true;
      onVisible();
    } else if (!v) visible = false;
  });
  io.observe(el);
  return () => visible;
}

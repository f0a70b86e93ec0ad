import {chromium, type Browser, type Page} from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with nothing reaching for the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Collects console errors and uncaught exceptions of a page. */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) {
      errors.push(`${response.status()} ${response.url()}`);
    }
  });
  return errors;
}

/**
 * WCAG contrast ratio of every element matching `selector`, from the
 * colours the browser actually computed.
 */
export function contrastRatios(page: Page, selector: string, pseudoElement?: '::after'): Promise<{text: string; ratio: number}[]> {
  return page.$$eval(selector, (elements, pseudo) => {
    const channels = (color: string) => color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
    const luminance = (color: string) => {
      const [r, g, b] = channels(color).map((value) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    return elements.map((element) => {
      const style = getComputedStyle(element, pseudo);
      const [lighter, darker] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
      return {text: pseudo ? style.content : (element.textContent ?? ''), ratio: (lighter! + 0.05) / (darker! + 0.05)};
    });
  }, pseudoElement);
}

/**
 * The badge a reader sees after a sidebar item's label, or null. Sidebar
 * badges are drawn by CSS (`::after` on the item's link), so this reads the
 * computed content rather than an element.
 */
export function sidebarBadgeText(page: Page, itemLabel: string, scope = '.theme-doc-sidebar-menu'): Promise<string | null> {
  return page
    .locator(`${scope} .theme-doc-sidebar-item-link`, {hasText: itemLabel})
    .first()
    .locator('a')
    .evaluate((link) => {
      const content = getComputedStyle(link, '::after').content;
      return content === 'none' || content === 'normal' ? null : JSON.parse(content) as string;
    });
}

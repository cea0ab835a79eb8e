import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
await page.goto('file://' + process.argv[2]);
const y = await page.evaluate((text) => { const h = [...document.querySelectorAll('h2,h3,h4')].find((e) => e.textContent.includes(text)); return h.getBoundingClientRect().top + window.scrollY; }, process.argv[4]);
await page.screenshot({ path: process.argv[3], clip: { x: 0, y, width: 1280, height: Number(process.argv[5] ?? 1000) }, fullPage: true });
await browser.close();

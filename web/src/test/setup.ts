import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { setLanguage } from '../i18n/i18n.ts';

// A test that makes React (or anything else) log an error fails: the app must run without console errors.
let consoleErrors: unknown[][] = [];

beforeEach(async () => {
  localStorage.clear();
  await setLanguage('id');
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});

afterEach(() => {
  cleanup();
  expect(consoleErrors, 'console.error was called').toEqual([]);
});

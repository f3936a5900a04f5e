// Types of the UI dictionary: German is the reference, English must have the same keys.

import type { de } from './dictionary';

export type Lang = 'de' | 'en';
export type MessageKey = keyof typeof de;
export type Dictionary = Record<MessageKey, string>;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The words of the status mark, apart from the element so they can be tested in Node. */
import type { Lang } from '../../types';
import { t } from '../../i18n/citizen';

export interface StatusParts {
  connection: string;
  queue: string;
  /** null when nothing was rejected. */
  rejected: string | null;
}

export function statusParts(lang: Lang, s: { online: boolean; waiting: number; rejected: number }): StatusParts {
  return {
    connection: t(lang, s.online ? 'survey.status.online' : 'survey.status.offline'),
    queue: s.waiting > 0 ? t(lang, 'survey.status.waiting', { count: s.waiting }) : t(lang, 'survey.status.allSent'),
    rejected: s.rejected > 0 ? t(lang, 'survey.status.rejected', { count: s.rejected }) : null,
  };
}

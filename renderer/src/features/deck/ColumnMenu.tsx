import { useTranslation } from '../../i18n/use-translation';
import type { Column } from '../../../../electron/ipc/types/deck';
import { Menu, type MenuItem } from '../../ui/Menu';
import { columnMoved, columnOptionsChanged, columnRemoved, columnResized } from './deck.store';

interface Props {
  column: Column;
  index: number;
  count: number;
  at: { top: number; left: number };
  title: string;
  onClose: () => void;
}

const statusColumns = new Set<Column['type']>([
  'home',
  'local',
  'federated',
  'remote',
  'hashtag',
  'list',
  'profile',
  'public-instance',
]);

/** Per-column settings: width, position, what to hide, and removal. */
export function ColumnMenu({ column, index, count, at, title, onClose }: Props) {
  const { t } = useTranslation();
  const options = column.options;
  const items: MenuItem[] = [
    {
      label: t('deck.widthNarrow'),
      checked: column.width === 'narrow',
      onSelect: () => columnResized(column.id, 'narrow'),
    },
    {
      label: t('deck.widthNormal'),
      checked: column.width === 'normal',
      onSelect: () => columnResized(column.id, 'normal'),
    },
    {
      label: t('deck.widthWide'),
      checked: column.width === 'wide',
      onSelect: () => columnResized(column.id, 'wide'),
    },
    ...(statusColumns.has(column.type)
      ? [
          {
            label: t('deck.hideBoosts'),
            checked: options.hideBoosts === true,
            onSelect: () => columnOptionsChanged(column.id, { hideBoosts: !options.hideBoosts }),
          },
          {
            label: t('deck.hideReplies'),
            checked: options.hideReplies === true,
            onSelect: () => columnOptionsChanged(column.id, { hideReplies: !options.hideReplies }),
          },
          {
            label: t('deck.mediaOnly'),
            checked: options.mediaOnly === true,
            onSelect: () => columnOptionsChanged(column.id, { mediaOnly: !options.mediaOnly }),
          },
        ]
      : []),
    { label: t('deck.moveLeft'), disabled: index === 0, onSelect: () => columnMoved(column.id, index - 1) },
    {
      label: t('deck.moveRight'),
      disabled: index === count - 1,
      onSelect: () => columnMoved(column.id, index + 1),
    },
    { label: t('deck.removeColumn'), danger: true, onSelect: () => columnRemoved(column.id) },
  ];
  return <Menu label={t('deck.columnMenu', { title })} at={at} items={items} onClose={onClose} />;
}

import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { DeckLayout } from '../../../../electron/ipc/types/deck';
import { Icon } from '../../ui/Icon';
import { Menu } from '../../ui/Menu';
import { addColumnStarted } from '../../ui/panel.store';
import { workspaceActivated, workspaceAdded, workspaceRemoved, workspaceRenamed } from './deck.store';
import { WorkspaceNameDialog } from './WorkspaceNameDialog';

/** Tabs for the named decks, plus the "add column" action. */
export function WorkspaceBar({ layout, demo = false }: { layout: DeckLayout; demo?: boolean }) {
  const { t } = useTranslation();
  const [menu, setMenu] = useState<{ id: string; at: { top: number; left: number } }>();
  const [naming, setNaming] = useState<{ id?: string; name: string }>();

  return (
    <div className="workspace-bar">
      <div role="tablist" aria-label={t('deck.workspaces')} className="workspace-tabs">
        {layout.workspaces.map((workspace) => (
          <button
            key={workspace.id}
            type="button"
            role="tab"
            aria-selected={workspace.id === layout.activeWorkspaceId}
            className="workspace-tab"
            onClick={() => workspaceActivated(workspace.id)}
            onContextMenu={(event) => {
              event.preventDefault();
              setMenu({ id: workspace.id, at: { top: event.clientY, left: event.clientX } });
            }}
            onDoubleClick={() => setNaming({ id: workspace.id, name: workspace.name })}
          >
            {workspace.name}
            <span className="workspace-count">{workspace.columns.length}</span>
          </button>
        ))}
        <button
          type="button"
          className="icon-button"
          aria-label={t('deck.addWorkspace')}
          title={t('deck.addWorkspace')}
          onClick={() => setNaming({ name: '' })}
        >
          <Icon name="plus" size={16} />
        </button>
      </div>
      {demo && (
        <span className="demo-badge" title={t('deck.demoExplain')}>
          {t('deck.demoBadge')}
        </span>
      )}
      <button type="button" className="button button-primary" onClick={addColumnStarted}>
        <Icon name="columns" size={18} />
        {t('deck.addColumn')}
      </button>
      {menu && (
        <Menu
          label={t('deck.workspaceMenu')}
          at={menu.at}
          onClose={() => setMenu(undefined)}
          items={[
            {
              label: t('deck.renameWorkspace'),
              onSelect: () =>
                setNaming({ id: menu.id, name: layout.workspaces.find((w) => w.id === menu.id)?.name ?? '' }),
            },
            {
              label: t('deck.removeWorkspace'),
              danger: true,
              disabled: layout.workspaces.length <= 1,
              onSelect: () => workspaceRemoved(menu.id),
            },
          ]}
        />
      )}
      {naming && (
        <WorkspaceNameDialog
          initial={naming.name}
          isNew={naming.id === undefined}
          onCancel={() => setNaming(undefined)}
          onSave={(name) => {
            if (naming.id) workspaceRenamed(naming.id, name);
            else workspaceAdded(name);
            setNaming(undefined);
          }}
        />
      )}
    </div>
  );
}

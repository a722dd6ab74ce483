import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Dialog } from '../../ui/Dialog';

interface Props {
  initial: string;
  isNew: boolean;
  onSave: (name: string) => void;
  onCancel: () => void;
}

export function WorkspaceNameDialog({ initial, isNew, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(initial);
  return (
    <Dialog
      title={isNew ? t('deck.addWorkspace') : t('deck.renameWorkspace')}
      closeLabel={t('signIn.cancel')}
      onClose={onCancel}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) onSave(name.trim());
        }}
      >
        <div className="field">
          <label htmlFor={id}>{t('deck.workspaceName')}</label>
          <input
            id={id}
            type="text"
            autoFocus
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="dialog-actions">
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('signIn.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!name.trim()}>
            {t('deck.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

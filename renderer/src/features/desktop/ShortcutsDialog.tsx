import { useEffect, useState } from 'react'
import { shortcutList } from '../../../../shared/desktop/menu-template'
import { call } from '../../api'
import { InfoDialog } from './InfoDialog'

/** The same list the menu is built from, so the two never disagree. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [platform, setPlatform] = useState('linux')
  useEffect(() => {
    if (!open) return
    void call('app:info', {}).then((r) => r.ok && setPlatform(r.value.platform))
  }, [open])
  return (
    <InfoDialog open={open} title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {shortcutList(platform).map((s) => (
            <tr key={`${s.label}-${s.keys}`}>
              <td>{s.label}</td>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </InfoDialog>
  )
}

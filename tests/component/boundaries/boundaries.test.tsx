import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { BoundariesView, RevisionView, SignatureView } from '../../../shared/contract/boundaries'
import { BOUNDARY_SECTIONS } from '../../../shared/content/boundaries'
import { fail, ok } from '../../../shared/result'
import { BoundariesPage } from '../../../renderer/src/features/boundaries/BoundariesPage'
import { PrintRecoveryKitButton } from '../../../renderer/src/features/print/PrintRecoveryKitButton'
import { ROBIN, installFakeJournal } from '../fake-journal'
import { renderAs } from '../render-as'
import { runBeforeLock } from '../../../renderer/src/app/lock-events'
import type { AgreementDraft } from '../../../shared/contract/agreement-draft'
import type { Script } from '../fake-journal'

/** The partner's own kept draft: none at first, and every save accepted. */
const drafts = (): Script => ({
  'boundaries:draft': () => ok(null),
  'boundaries:save-draft': (req) => ok(req.draft ? { ...req.draft, updatedAt: '2026-03-03T10:00:00Z' } : null),
})

const sig = (partner: 'A' | 'B', state: SignatureView['state']): SignatureView => ({
  partner,
  state,
  signedAt: state === 'unsigned' ? null : '2026-03-02T10:00:00Z',
  fingerprint: state === 'unsigned' ? null : 'a52f a3ee e101 e671',
})

const revision = (signatures: SignatureView[], extra: Partial<RevisionView> = {}): RevisionView => ({
  number: 1,
  createdAt: '2026-03-02T10:00:00Z',
  author: 'A',
  sections: BOUNDARY_SECTIONS.map((s) => ({ id: s.id, title: s.title, custom: false, needs: { A: s.id === 'space' ? 'Quiet mornings.' : '', B: '' } })),
  items: [{ id: 'i1', sectionId: 'space', text: 'One evening a week alone.' }],
  reviewDate: '2026-09-01',
  signatures,
  agreed: signatures.every((s) => s.state === 'valid'),
  chainOk: true,
  ...extra,
})

const view = (latest: RevisionView, extra: Partial<BoundariesView> = {}): BoundariesView => ({
  agreementId: 'agr',
  latest,
  lastAgreed: latest.agreed ? latest.number : null,
  revisions: [{ number: latest.number, createdAt: latest.createdAt, author: latest.author, agreed: latest.agreed }],
  reviewDue: false,
  fileNotice: null,
  ...extra,
})

const renderPage = (partner = ROBIN) => renderAs(partner, <BoundariesPage />)

describe('the boundaries page', () => {
  it('says plainly when a signature no longer matches the text', async () => {
    installFakeJournal({ ...drafts(), 'boundaries:get': () => ok(view(revision([sig('A', 'mismatch'), sig('B', 'valid')]))) })
    renderPage()
    expect(await screen.findByText('Sam’s signature no longer matches this text')).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(/changed after they were signed/)
  })

  it('shows the partner’s needs read-only and lets Robin sign as Robin only, with their passphrase', async () => {
    const fake = installFakeJournal({
      ...drafts(),
      'boundaries:get': () => ok(view(revision([sig('A', 'valid'), sig('B', 'unsigned')]))),
      'boundaries:sign': () => ok(view(revision([sig('A', 'valid'), sig('B', 'valid')]))),
    })
    const user = userEvent.setup()
    renderPage()
    const space = await screen.findByRole('region', { name: 'Personal space and time alone' })
    expect(within(space).getByText('Quiet mornings.')).toBeInTheDocument()
    expect(within(space).queryByRole('textbox', { name: /Sam/ })).toBeNull()
    await user.type(screen.getByLabelText('Robin, your passphrase'), 'robin secret words')
    await user.click(screen.getByRole('button', { name: 'Sign version 1 as Robin' }))
    expect(fake.callsTo('boundaries:sign')).toEqual([{ revision: 1, passphrase: 'robin secret words' }])
    expect(await screen.findByText('You have both signed version 1. It is agreed.')).toBeInTheDocument()
  })

  it('shows the service’s words when the passphrase is not theirs', async () => {
    installFakeJournal({
      'boundaries:get': () => ok(view(revision([sig('A', 'valid'), sig('B', 'unsigned')]))),
      'boundaries:sign': () => fail('wrong-passphrase', "That is not Robin's passphrase. Each of you signs with your own."),
    })
    const user = userEvent.setup()
    renderPage()
    await user.type(await screen.findByLabelText('Robin, your passphrase'), 'sam secret words')
    await user.click(screen.getByRole('button', { name: 'Sign version 1 as Robin' }))
    expect(await screen.findByRole('alert')).toHaveTextContent("That is not Robin's passphrase.")
  })

  it('an edit is Robin’s draft until Robin proposes version 2, which first shows what changed; only Robin’s own note is sent', async () => {
    const fake = installFakeJournal({
      ...drafts(),
      'boundaries:get': () => ok(view(revision([sig('A', 'valid'), sig('B', 'unsigned')]))),
      'boundaries:save': () => ok(view(revision([sig('A', 'unsigned'), sig('B', 'unsigned')], { number: 2 }))),
    })
    const user = userEvent.setup()
    renderPage()
    const space = await screen.findByRole('region', { name: 'Personal space and time alone' })
    await user.type(within(space).getByLabelText('What Robin needs: Personal space and time alone'), 'Sunday walks.')
    expect(screen.queryByLabelText('Robin, your passphrase')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Propose version 2' }))
    const dialog = screen.getByRole('dialog', { name: 'Propose version 2?' })
    expect(within(dialog).getByText('What you need in Personal space and time alone: “Sunday walks.”')).toBeInTheDocument()
    expect(fake.callsTo('boundaries:save')).toHaveLength(0)
    await user.click(within(dialog).getByRole('button', { name: 'Propose version 2' }))
    const [request] = fake.callsTo('boundaries:save')
    expect(request?.basedOn).toBe(1)
    expect(request?.sections.find((s) => s.id === 'space')).toEqual({ id: 'space', title: '', myNeed: 'Sunday walks.' })
    expect(JSON.stringify(request)).not.toContain('Quiet mornings.')
    expect(await screen.findByText('Saved as version 2.')).toBeInTheDocument()
    // The kept draft goes once it is a version.
    await waitFor(() => expect(fake.callsTo('boundaries:save-draft').at(-1)).toEqual({ draft: null }))
  })

  it('bug 2: an idle lock keeps half-typed words as Robin’s private draft and never makes a version', async () => {
    const fake = installFakeJournal({ ...drafts(), 'boundaries:get': () => ok(view(revision([sig('A', 'valid'), sig('B', 'valid')]))) })
    const user = userEvent.setup()
    renderPage()
    const money = await screen.findByLabelText('What Robin needs: Money')
    await user.type(money, 'A say before big purchases')
    await act(() => runBeforeLock())
    expect(fake.callsTo('boundaries:save')).toHaveLength(0)
    const kept = fake.callsTo('boundaries:save-draft').at(-1)?.draft
    expect(kept?.sections.find((s) => s.id === 'money')?.myNeed).toBe('A say before big purchases')
    expect(kept?.basedOn).toBe(1)
  })

  it('bug 3: the draft is back after leaving the page and coming back, and says so', async () => {
    const stored = { ...drafts() }
    let kept: AgreementDraft | null = null
    stored['boundaries:save-draft'] = (req) => ok((kept = req.draft ? { ...req.draft, updatedAt: 'now' } : null))
    stored['boundaries:draft'] = () => ok(kept)
    installFakeJournal({ ...stored, 'boundaries:get': () => ok(view(revision([sig('A', 'valid'), sig('B', 'valid')]))) })
    const user = userEvent.setup()
    const first = renderPage()
    await user.type(await screen.findByLabelText('What Robin needs: Money'), 'Separate fun money')
    await user.click(screen.getAllByRole('button', { name: /Add an agreed item/ })[0]!)
    await user.type(screen.getByLabelText('Agreed item 2: Personal space and time alone'), 'Phones away at dinner')
    first.unmount()
    await waitFor(() => expect(kept?.items).toHaveLength(2))
    renderPage()
    expect(await screen.findByLabelText('What Robin needs: Money')).toHaveValue('Separate fun money')
    expect(screen.getByLabelText('Agreed item 2: Personal space and time alone')).toHaveValue('Phones away at dinner')
    expect(screen.getByText('Your draft is here')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Propose version 2' })).toBeInTheDocument()
  })

  it('both columns share one heading style, “What Robin needs” / “What Sam needs”, and the "I" statement hint works in the need', async () => {
    installFakeJournal({ ...drafts(), 'boundaries:get': () => ok(view(revision([sig('A', 'valid'), sig('B', 'valid')]))) })
    const user = userEvent.setup()
    renderPage()
    const space = await screen.findByRole('region', { name: 'Personal space and time alone' })
    expect(within(space).getByRole('heading', { level: 3, name: 'What Robin needs' })).toBeInTheDocument()
    expect(within(space).getByRole('heading', { level: 3, name: 'What Sam needs' })).toBeInTheDocument()
    await user.type(within(space).getByLabelText('What Robin needs: Personal space and time alone'), 'You never listen to me.')
    expect(await within(space).findByText(/might land as blame/, {}, { timeout: 3000 })).toBeInTheDocument()
  })

  it('propose and sign stay in one bar at the foot of the page', async () => {
    installFakeJournal({ ...drafts(), 'boundaries:get': () => ok(view(revision([sig('A', 'valid'), sig('B', 'unsigned')]))) })
    renderPage()
    const bar = await screen.findByRole('region', { name: 'Your draft and the agreement' })
    expect(within(bar).getByRole('button', { name: 'Sign version 1' })).toBeInTheDocument()
  })

  it('reminds them when the review date has come, and shows a damaged-file notice', async () => {
    installFakeJournal({
      ...drafts(),
      'boundaries:get': () => ok(view(revision([sig('A', 'valid'), sig('B', 'valid')]), { reviewDue: true, fileNotice: 'The boundaries file could not be read, so Hearth set it aside.' })),
    })
    renderPage()
    expect(await screen.findByText('Time to look at your agreement again')).toBeInTheDocument()
    expect(screen.getByText(/1 September 2026/)).toBeInTheDocument()
    expect(screen.getByText(/set it aside/)).toBeInTheDocument()
  })
})

describe('printing a recovery kit from the screen that shows the code', () => {
  it('opens the kit with the code, says it is not encrypted, and never sends the code anywhere', async () => {
    const fake = installFakeJournal({ 'print:save-pdf': () => ok({ saved: true, path: '/home/robin/kit.pdf' }) })
    const user = userEvent.setup()
    render(<PrintRecoveryKitButton name="Robin" code="abcd-efgh-ijkl-mnop-qrst-uvwx-yz23" />)
    await user.click(screen.getByRole('button', { name: 'Print recovery kit' }))
    const kit = screen.getByRole('dialog', { name: 'Robin’s recovery kit' })
    expect(within(kit).getByTestId('kit-code')).toHaveTextContent('ABCD EFGH IJKL MNOP QRST UVWX YZ23')
    expect(within(kit).getByText('A printed copy is not encrypted')).toBeInTheDocument()
    expect(document.body).toHaveClass('print-overlay-open')
    await user.click(within(kit).getByRole('button', { name: 'Save as PDF…' }))
    expect(await within(kit).findByText('Saved to /home/robin/kit.pdf.')).toBeInTheDocument()
    expect(JSON.stringify(fake.calls)).not.toMatch(/ABCD|abcd/)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.body).not.toHaveClass('print-overlay-open')
  })
})

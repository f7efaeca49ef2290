import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { BoundariesView, RevisionView, SignatureView } from '../../../shared/contract/boundaries'
import { BOUNDARY_SECTIONS } from '../../../shared/content/boundaries'
import { fail, ok } from '../../../shared/result'
import { BoundariesPage } from '../../../renderer/src/features/boundaries/BoundariesPage'
import { PrintRecoveryKitButton } from '../../../renderer/src/features/print/PrintRecoveryKitButton'
import { ROBIN, installFakeJournal } from '../fake-journal'
import { renderAs } from '../render-as'

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
    installFakeJournal({ 'boundaries:get': () => ok(view(revision([sig('A', 'mismatch'), sig('B', 'valid')]))) })
    renderPage()
    expect(await screen.findByText('Sam’s signature no longer matches this text')).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(/changed after they were signed/)
  })

  it('shows the partner’s needs read-only and lets Robin sign as Robin only, with their passphrase', async () => {
    const fake = installFakeJournal({
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

  it('an edit asks to save a new version before signing, and saves only Robin’s own note', async () => {
    const fake = installFakeJournal({
      'boundaries:get': () => ok(view(revision([sig('A', 'valid'), sig('B', 'unsigned')]))),
      'boundaries:save': () => ok(view(revision([sig('A', 'unsigned'), sig('B', 'unsigned')], { number: 2 }))),
    })
    const user = userEvent.setup()
    renderPage()
    const space = await screen.findByRole('region', { name: 'Personal space and time alone' })
    await user.type(within(space).getByLabelText('What I need (Robin)'), 'Sunday walks.')
    expect(screen.queryByLabelText('Robin, your passphrase')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Save as version 2' }))
    const [request] = fake.callsTo('boundaries:save')
    expect(request?.basedOn).toBe(1)
    expect(request?.sections.find((s) => s.id === 'space')).toEqual({ id: 'space', title: '', myNeed: 'Sunday walks.' })
    expect(JSON.stringify(request)).not.toContain('Quiet mornings.')
    expect(await screen.findByText('Saved as version 2.')).toBeInTheDocument()
  })

  it('reminds them when the review date has come, and shows a damaged-file notice', async () => {
    installFakeJournal({
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

/**
 * The "save the whole explainer for offline reading" control, loaded by the page loader
 * (src/reader/client/loader.ts) the first time its button (src/components/OfflineSave.astro) is
 * pressed. It asks the worker (./sw.ts) how much the reader's edition would download, then saves
 * it with progress, can be cancelled, and afterwards says what is saved and how to remove it.
 */
import type { SaveReply, SaveRequest } from './messages.ts';
import { fill, formatSize, wordsFor, type OfflineWords } from './strings.ts';

/** Send a message to the worker; `onReply` gets each answer until it returns true. */
async function ask(message: SaveRequest, onReply?: (reply: SaveReply) => boolean): Promise<void> {
  // A browser that never installs the worker (private browsing, blocked) never gets ready.
  const registration = await Promise.race([
    navigator.serviceWorker.ready,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no worker')), 8000)),
  ]);
  const worker = navigator.serviceWorker.controller ?? registration.active;
  if (!worker) throw new Error('no worker');
  if (!onReply) {
    worker.postMessage(message);
    return;
  }
  const channel = new MessageChannel();
  await new Promise<void>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<SaveReply>) => {
      if (onReply(event.data)) {
        channel.port1.close();
        resolve();
      }
    };
    worker.postMessage(message, [channel.port2]);
  });
}

function button(label: string, onPress: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'offline-save-action';
  element.textContent = label;
  element.addEventListener('click', onPress);
  return element;
}

/** The control inside one panel. */
class Control {
  private readonly status: HTMLElement;
  private readonly actions: HTMLElement;

  constructor(
    panel: HTMLElement,
    private readonly lang: string,
    private readonly words: OfflineWords,
  ) {
    this.status =
      panel.querySelector<HTMLElement>('[data-offline-save-status]') ??
      panel.appendChild(document.createElement('p'));
    this.actions = panel.appendChild(document.createElement('p'));
  }

  private show(text: string, ...actions: HTMLButtonElement[]): void {
    this.status.textContent = text;
    this.actions.replaceChildren(...actions);
    actions[0]?.focus();
  }

  private size(bytes: number): string {
    return formatSize(bytes, this.words.locale);
  }

  /** Say what saving would download, or what is saved. */
  async offer(): Promise<void> {
    await ask({ type: 'status', lang: this.lang }, (reply) => {
      if (reply.type !== 'status') return false;
      if (reply.saved) this.saved(reply.pages);
      else
        this.show(
          fill(this.words.saveOffer, { pages: reply.pages, size: this.size(reply.bytes) }),
          button(this.words.saveStart, () => void this.save()),
        );
      return true;
    });
  }

  private saved(pages: number): void {
    this.show(
      `${fill(this.words.saveDone, { pages })} ${this.words.removeHow}`,
      button(this.words.remove, () => void this.remove()),
    );
  }

  private async save(): Promise<void> {
    const cancel = button(this.words.cancel, () => void ask({ type: 'cancel' }));
    this.show(fill(this.words.saveProgress, { done: 0, total: '…', size: this.size(0) }), cancel);
    await ask({ type: 'save', lang: this.lang }, (reply) => {
      if (reply.type === 'progress') {
        // Only the words change, so the focused Cancel button stays where it is.
        this.status.textContent = fill(this.words.saveProgress, {
          done: reply.done,
          total: reply.total,
          size: this.size(reply.bytes),
        });
        return false;
      }
      if (reply.type === 'done') this.saved(reply.pages);
      else if (reply.type === 'cancelled')
        this.show(
          this.words.cancelled,
          button(this.words.saveStart, () => void this.offer()),
        );
      else
        this.show(
          this.words.saveFailed,
          button(this.words.saveStart, () => void this.save()),
        );
      return true;
    });
  }

  private async remove(): Promise<void> {
    await ask({ type: 'remove', lang: this.lang }, (reply) => {
      if (reply.type !== 'removed') return false;
      this.show(
        this.words.removed,
        button(this.words.saveStart, () => void this.offer()),
      );
      return true;
    });
  }
}

const controls = new WeakMap<HTMLElement, Control>();

/** Start the control of the panel holding `trigger` (a `button[data-offline-save]`). */
export async function start(trigger: HTMLElement): Promise<void> {
  const lang = trigger.dataset.offlineSave || 'en';
  const words = wordsFor(lang);
  const panel = trigger.closest<HTMLElement>('[data-offline-save-panel]') ?? trigger.parentElement!;
  let control = controls.get(panel);
  if (!control) {
    control = new Control(panel, lang, words);
    controls.set(panel, control);
  }
  try {
    if (!('serviceWorker' in navigator)) throw new Error('no worker');
    await control.offer();
  } catch {
    const status = panel.querySelector<HTMLElement>('[data-offline-save-status]');
    if (status) status.textContent = words.unavailable;
  }
}

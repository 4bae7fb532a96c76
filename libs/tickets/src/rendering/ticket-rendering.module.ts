import { AppConfig } from '@app/common/config';
import { Logger, Module, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ChromiumProfiles } from '../render/chromium-profiles';
import { PdfRenderer } from '../render/pdf-renderer';
import { TicketStore } from '../tickets/ticket.store';
import { TicketTokens } from '../verification/ticket-tokens';
import { TicketRenderService } from './ticket-render.service';

/**
 * Rendering lives in the worker only: one browser per worker process, closed on shutdown. Before the worker
 * takes a job, the browsers of workers on this machine that died without closing theirs are killed.
 */
@Module({
  providers: [
    { provide: ChromiumProfiles, inject: [AppConfig], useFactory: (config: AppConfig) => new ChromiumProfiles(config.runDir) },
    { provide: PdfRenderer, inject: [AppConfig, ChromiumProfiles], useFactory: (config: AppConfig, profiles: ChromiumProfiles) => new PdfRenderer(config.tickets.chromiumPath, profiles) },
    TicketTokens,
    TicketStore,
    TicketRenderService,
  ],
  exports: [TicketRenderService, TicketTokens, PdfRenderer],
})
export class TicketRenderingModule implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(TicketRenderingModule.name);

  constructor(
    private readonly renderer: PdfRenderer,
    private readonly profiles: ChromiumProfiles,
  ) {}

  async onModuleInit(): Promise<void> {
    const swept = await this.profiles.sweep();
    if (swept.profiles.length > 0) this.logger.warn(`killed ${swept.killed.length} Chromium processes left by ${swept.profiles.length} browsers of dead workers`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.renderer.close();
  }
}

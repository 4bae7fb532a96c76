import { AppConfig } from '@app/common/config';
import { Module, OnModuleDestroy } from '@nestjs/common';
import { PdfRenderer } from '../render/pdf-renderer';
import { TicketTokens } from '../verification/ticket-tokens';
import { TicketRenderService } from './ticket-render.service';

/** Rendering lives in the worker only: one browser per worker process, closed on shutdown. */
@Module({
  providers: [{ provide: PdfRenderer, inject: [AppConfig], useFactory: (config: AppConfig) => new PdfRenderer(config.tickets.chromiumPath) }, TicketTokens, TicketRenderService],
  exports: [TicketRenderService, TicketTokens],
})
export class TicketRenderingModule implements OnModuleDestroy {
  constructor(private readonly renderer: PdfRenderer) {}

  async onModuleDestroy(): Promise<void> {
    await this.renderer.close();
  }
}

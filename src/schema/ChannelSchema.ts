import { z } from 'zod';

/**
 * How a complaint arrived: the channels of UU 25/2009 Pasal 13 ayat (1) huruf e and Penjelasan
 * Pasal 36 ayat (4) (telephone, SMS, website, e-mail, complaint box), the SP4N-LAPOR! channels
 * (lapor.go.id, SMS 1708, the LAPOR! app, social media, integrated channels), letters and visits.
 */
export const CHANNELS = Object.freeze([
  'web',
  'sms_1708',
  'lapor_app',
  'social_media',
  'email',
  'telephone',
  'letter',
  'in_person',
  'complaint_box',
  'integrated_channel',
] as const);

/** The channel a complaint arrived by; the channels, in order: `ChannelSchema.options`. */
export const ChannelSchema = z.enum(CHANNELS);

/** A `Channel`: what `ChannelSchema` outputs (a successful parse returns it). */
export type Channel = z.infer<typeof ChannelSchema>;

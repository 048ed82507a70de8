/**
 * How the cell leaves a voicemail to an unreachable customer (seed 004 step 8). The outbound issue's
 * telephony port plugs in here when present; until then the simulator, which accepts every message and
 * answers with a reference the way a voicemail platform would.
 */
export interface VoicemailPort {
  leaveVoicemail(message: { phone: string; text: string; subjectId: string; seq: number }): Promise<{ reference: string }>;
}

export const simulatedVoicemail: VoicemailPort = {
  async leaveVoicemail(message) {
    return { reference: `VM-${message.subjectId.slice(0, 8).toUpperCase()}-${message.seq}` };
  },
};

let port: VoicemailPort = simulatedVoicemail;

/** The voicemail port in use (the simulator unless the assembly installs another). */
export function voicemailPort(): VoicemailPort {
  return port;
}

/** Installs another voicemail port (a real telephony adapter); returns the previous one. */
export function useVoicemailPort(next: VoicemailPort): VoicemailPort {
  const previous = port;
  port = next;
  return previous;
}

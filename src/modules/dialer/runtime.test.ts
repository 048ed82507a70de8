import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../platform/config.js";
import { telephonyFor } from "./runtime.js";
import { BaresipTelephony } from "./telephony/baresip.js";
import { SimulatedTelephony } from "./telephony/simulator.js";

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith("DIALER_")) delete process.env[key];
  Object.assign(process.env, saved);
});

describe("the dialer's phone system is chosen by configuration", () => {
  it("is the simulator by default (the demo)", () => {
    delete process.env.DIALER_TELEPHONY;
    const config = loadConfig().telephony;
    expect(config.adapter).toBe("simulator");
    expect(telephonyFor(config)).toBeInstanceOf(SimulatedTelephony);
  });

  it("is baresip with DIALER_TELEPHONY=baresip, with its channels, ports, trunk URI and safe-harbour recording", () => {
    Object.assign(process.env, {
      DIALER_TELEPHONY: "baresip",
      DIALER_SIP_CHANNELS: "8",
      DIALER_SIP_PORT: "5300",
      DIALER_SIP_CONTROL_PORT: "5400",
      DIALER_SIP_URI: "sip:{number}@troncal.ejemplo:5060",
      DIALER_SAFE_HARBOUR_WAV: "/srv/fideliza/mensaje.wav",
    });
    const config = loadConfig().telephony;
    expect(config).toEqual({
      adapter: "baresip",
      sipChannels: 8,
      sipPort: 5300,
      sipControlPort: 5400,
      sipUri: "sip:{number}@troncal.ejemplo:5060",
      safeHarbourWav: "/srv/fideliza/mensaje.wav",
    });
    expect(telephonyFor(config)).toBeInstanceOf(BaresipTelephony);
  });

  it("refuses an unknown adapter and a trunk URI without the number, saying which", () => {
    process.env.DIALER_TELEPHONY = "asterisk";
    expect(() => loadConfig()).toThrow("DIALER_TELEPHONY debe ser simulator o baresip (recibido: asterisk)");
    process.env.DIALER_TELEPHONY = "baresip";
    process.env.DIALER_SIP_URI = "sip:troncal.ejemplo";
    expect(() => loadConfig()).toThrow("DIALER_SIP_URI debe contener {number}");
  });
});

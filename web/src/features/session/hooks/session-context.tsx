import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { ApiError, isAbort, onUnauthorized, setCsrfToken } from "../../../api/client";
import { type Credentials, fetchSession, logIn, logOut, type Session } from "../api/session-api";

/** Why the login page is showing: never logged in, or the session ran out or was closed elsewhere. */
export type SessionNotice = "expired" | "ended" | null;

export type SessionState =
  | { status: "loading" }
  | { status: "anonymous"; notice: SessionNotice }
  | { status: "authenticated"; session: Session };

interface SessionContextValue {
  state: SessionState;
  logIn: (credentials: Credentials) => Promise<void>;
  logOut: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

function signedIn(session: Session): SessionState {
  setCsrfToken(session.csrfToken);
  return { status: "authenticated", session };
}

function signedOut(notice: SessionNotice): SessionState {
  setCsrfToken(null);
  return { status: "anonymous", notice };
}

/** Holds who is logged in: asks the server once at load, and drops the session on any 401. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });

  useEffect(() => {
    const controller = new AbortController();
    fetchSession(controller.signal)
      .then((session) => setState(signedIn(session)))
      .catch((error: unknown) => {
        if (!isAbort(error)) setState(signedOut(null));
      });
    return () => controller.abort();
  }, []);

  useEffect(
    () =>
      onUnauthorized((error: ApiError) => {
        setState((previous) =>
          previous.status === "authenticated" ? signedOut(error.code === "SESSION_EXPIRED" ? "expired" : "ended") : previous,
        );
      }),
    [],
  );

  const handleLogIn = useCallback(async (credentials: Credentials) => {
    setState(signedIn(await logIn(credentials)));
  }, []);

  const handleLogOut = useCallback(async () => {
    try {
      await logOut();
    } catch (error) {
      // Already logged out on the server (expired session): the outcome is the same.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    setState(signedOut(null));
  }, []);

  const value = useMemo(() => ({ state, logIn: handleLogIn, logOut: handleLogOut }), [state, handleLogIn, handleLogOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession must be used inside <SessionProvider>");
  return value;
}

/** The logged-in user; only for components rendered after login. */
export function useCurrentSession(): Session {
  const { state } = useSession();
  if (state.status !== "authenticated") throw new Error("useCurrentSession needs a logged-in user");
  return state.session;
}

export function usePermission(permission: string): boolean {
  return useCurrentSession().permissions.includes(permission);
}

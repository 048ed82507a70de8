import { useAsyncAction } from "../../../api/use-async-action";

/** A step on the case: runs it, then reloads the 360 so the screen shows the new state and its next steps. */
export function useCaseAction<Args extends unknown[]>(action: (...args: Args) => Promise<unknown>, reload: () => void) {
  return useAsyncAction(async (...args: Args) => {
    const result = await action(...args);
    reload();
    return result;
  });
}

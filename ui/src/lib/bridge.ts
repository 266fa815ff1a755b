// The only door to the core: every call goes through Tauri's invoke to a command in src-tauri,
// which calls yidi-core. Errors arrive as {code, field, message}; screens branch on `code` and
// show `message`, which the core has already localized.
import { invoke } from "@tauri-apps/api/core";

export interface ApiError {
  code: string;
  field?: string;
  message: string;
}

export function isApiError(value: unknown): value is ApiError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

export async function call<T>(command: string, args: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    if (isApiError(error)) throw error;
    throw { code: "bridge", message: String(error) } satisfies ApiError;
  }
}

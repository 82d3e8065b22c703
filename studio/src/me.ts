// Who the studio is signed in as (GET /api/me): the key's name and role, and the project's sign-off roles
// and gated labels. Pages hide what the role cannot do; the server refuses it anyway.
import { signal } from '@preact/signals';
import { api } from './api';

export interface Me {
  open: boolean;
  name?: string;
  role: 'client' | 'read-only' | 'reviewer' | 'admin';
  signRoles: string[];
  gatedLabels: string[];
}

/** Undefined until loaded (or while the server asks for a key). */
export const me = signal<Me | undefined>(undefined);

/** Loads who the studio is, again after signing in. */
export async function loadMe(): Promise<void> {
  try {
    me.value = await api<Me>('/api/me');
  } catch {
    me.value = undefined;
  }
}

/** True when the signed-in key may change things (sign off, move labels, run evals and the playground). */
export const canWrite = () => me.value?.role === 'reviewer' || me.value?.role === 'admin';

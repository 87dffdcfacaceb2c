import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ApiCallError } from '../api';

/**
 * Puts a refused operation's messages at the fields they concern, or, when they concern no
 * field, in a notification. The form keeps everything the user typed.
 */
export function showApiError<V>(form: UseFormReturnType<V>, error: unknown): void {
  const apiError = error instanceof ApiCallError ? error.error : null;
  const fieldIssues =
    apiError?.issues.filter((issue) => issue.path.split('.')[0] in (form.getValues() as object)) ?? [];
  if (fieldIssues.length > 0) {
    form.setErrors(Object.fromEntries(fieldIssues.map((issue) => [issue.path, issue.message])));
    return;
  }
  notifyError(error);
}

export function notifyError(error: unknown): void {
  notifications.show({
    color: 'red',
    title: 'Niet gelukt',
    message: error instanceof ApiCallError ? error.error.message : 'Er ging iets mis. Probeer het opnieuw.',
    autoClose: 8000,
  });
}

export function notifySaved(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
}

/**
 * The one way a form saves: run the operation, say so, or put the refusal at the fields; what
 * the user typed stays in the form either way.
 */
export function saveForm<V, R>(
  form: UseFormReturnType<V>,
  save: (values: V) => Promise<R>,
  saved: (result: R, values: V) => string,
) {
  return form.onSubmit(async (values) => {
    try {
      notifySaved(saved(await save(values), values));
    } catch (error) {
      showApiError(form, error);
    }
  });
}

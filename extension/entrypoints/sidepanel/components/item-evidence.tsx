import { addPhoto, removePhoto, TooManyPhotosError } from '../../../db/add-photo.ts';
import type { AnswerRow } from '../../../db/database.ts';
import { db } from '../../../db/default-database.ts';
import type { AnswerInput } from '../../../db/save-answer.ts';
import { fill, type MessageId } from '../../../i18n/messages.ts';
import { resizePhoto } from '../../../photos/resize-photo.ts';
import { reportError } from '../../../report-error.ts';
import { useStoredValue } from '../../../ui/use-stored-value.ts';
import { useTranslate } from '../../../ui/use-translate.ts';
import { PhotoThumb } from './photo-thumb.tsx';

/** The items that are about a day, and what the day means (docs/product.md §4: P06, P23, U14). */
const DATED_ITEMS: Record<string, MessageId> = {
  P06: 'datePostedOn',
  P23: 'dateUpdatedOn',
  U14: 'dateReviewedOn',
};

/** The earliest day an item can be about: the first publicity rules (Decree 63/2010) came later. */
const FIRST_DAY = '2000-01-01';

interface Props {
  subject: string;
  itemId: string;
  answer: AnswerRow | null;
  save: (fields: AnswerInput['fields']) => Promise<unknown>;
  afterWrite: (written: Promise<unknown>) => Promise<unknown>;
  onError: (message: string) => void;
}

/**
 * What proves an item beyond the automatic result: photos (taken or chosen, resized here), the
 * day it is about where it is about one, and a link. Stored with the answer; the sync engine sends
 * the photos before the answer that names them.
 */
export function ItemEvidence({ subject, itemId, answer, save, afterWrite, onError }: Props) {
  const { t } = useTranslate();
  const photos = answer?.fields.photos ?? [];
  const dated = DATED_ITEMS[itemId];
  const key = { subject, itemId };
  const storedDate = answer?.fields.date ?? '';
  const storedLink = answer?.fields.link ?? '';
  const dateField = useStoredValue(storedDate);
  const linkField = useStoredValue(storedLink);

  const onFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    for (const file of files) {
      try {
        const photo = await resizePhoto(file);
        await addPhoto(db, key, photo);
        void afterWrite(Promise.resolve());
      } catch (error) {
        if (error instanceof TooManyPhotosError) onError(t('tooManyPhotos'));
        else if (error instanceof DOMException || error instanceof TypeError) onError(t('notAPhoto'));
        else reportError('sidepanel.photo', error);
      }
    }
  };

  return (
    <details
      class="item-evidence"
      open={photos.length > 0 || Boolean(answer?.fields.date || answer?.fields.link)}
    >
      <summary>{fill(t('evidenceTitle'), { count: photos.length })}</summary>
      {dated ? (
        <label>
          {t(dated)}
          <input
            ref={dateField}
            type="date"
            defaultValue={storedDate}
            min={FIRST_DAY}
            onChange={(event) => {
              // Typing a year goes through years 2, 20 and 202: only a plausible day is kept.
              const value = event.currentTarget.value;
              if (!value || value >= FIRST_DAY) void save({ date: value || null });
            }}
            onBlur={(event) => {
              const value = event.currentTarget.value;
              if (value && value < FIRST_DAY) onError(t('dateTooEarly'));
            }}
          />
        </label>
      ) : null}
      <label>
        {t('evidenceLink')}
        <input
          ref={linkField}
          type="url"
          placeholder="https://"
          maxLength={500}
          defaultValue={storedLink}
          onChange={(event) => {
            const value = event.currentTarget.value.trim();
            if (!value || /^https?:\/\/\S+$/i.test(value)) void save({ link: value || null });
            else onError(t('linkInvalid'));
          }}
        />
      </label>
      {photos.length > 0 ? (
        <ul class="photos" aria-label={t('photosOf')}>
          {photos.map((hash, i) => (
            <li key={hash}>
              <PhotoThumb hash={hash} label={fill(t('photoAlt'), { n: i + 1 })} />
              <button
                type="button"
                class="link"
                onClick={() => void afterWrite(removePhoto(db, key, hash))}
                aria-label={fill(t('removePhotoN'), { n: i + 1 })}
              >
                {t('removePhoto')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label class="add-photo">
        {t('addPhoto')}
        <input
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          onChange={(event) => void onFiles(event.currentTarget)}
        />
      </label>
    </details>
  );
}

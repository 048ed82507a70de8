import { ErrorAlert } from "../../../ui/ErrorAlert";
import type { useImportReview } from "../hooks/use-import-review";
import type { useImportUpload } from "../hooks/use-import-upload";
import { ImportReview } from "./ImportReview";
import { UploadProgress } from "./UploadProgress";

interface UploadedImportProps {
  uploader: ReturnType<typeof useImportUpload>;
  review: ReturnType<typeof useImportReview>;
  canCommit: boolean;
  canDiscard: boolean;
}

/** What follows an upload: its progress, a refusal, and the import under review with its errors, preview and buttons. */
export function UploadedImport({ uploader, review, canCommit, canDiscard }: UploadedImportProps) {
  return (
    <>
      <UploadProgress progress={uploader.progress} />
      <ErrorAlert error={uploader.error} showItems={false} />
      <ErrorAlert error={review.error} />
      {review.current ? (
        <ImportReview
          detail={review.current}
          canCommit={canCommit}
          canDiscard={canDiscard}
          isPending={review.isPending}
          onCommit={() => void review.commit()}
          onDiscard={() => void review.discard()}
          onLoadMoreErrors={() => void review.loadMoreErrors()}
        />
      ) : null}
    </>
  );
}

/** MonetizeNow's page-number list envelope (`currentPage` is 0-based). */
export interface NumberedPage<T> {
  content: T[];
  totalElements: number;
  totalPages: number;
  pageable: { pageNumber: number; pageSize: number };
}

/** One page of `items` for `currentPage` and `pageSize` (default 20, at most 100), or the reason it is refused. */
export function numberedPage<T>(items: readonly T[], url: URL): NumberedPage<T> | string {
  const currentPage = Number(url.searchParams.get('currentPage') ?? 0);
  const pageSize = Number(url.searchParams.get('pageSize') ?? 20);
  if (!Number.isInteger(currentPage) || currentPage < 0) return 'currentPage must be a whole number >= 0';
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) return 'pageSize must be between 1 and 100';
  return {
    content: items.slice(currentPage * pageSize, (currentPage + 1) * pageSize),
    totalElements: items.length,
    totalPages: Math.ceil(items.length / pageSize),
    pageable: { pageNumber: currentPage, pageSize },
  };
}

import { paths, useHash } from '../router';
import type { TabProps } from '../screens/workGroup/tabProps';
import { codingTarget } from './addresses';
import { Codebook } from './Codebook';
import { CodingView } from './CodingView';
import './themes.css';

/**
 * A Work Group's themes: where they occur and beside what change, and its codebook; or, with a
 * record in the address, that record's text to code.
 */
export function ThemesTab({ data, readOnly, itemId }: TabProps) {
  const hash = useHash();
  const target = itemId ? codingTarget(itemId, hash) : undefined;
  if (target) {
    return (
      <>
        <p className="breadcrumb">
          <a href={paths.workGroup(data.workGroup.id, 'themes')}>All themes</a> › Coding
        </p>
        <CodingView
          key={`${target.recordId} ${target.passage ?? ''} ${target.find ?? ''}`}
          data={data}
          kind={target.kind}
          recordId={target.recordId}
          passage={target.passage}
          find={target.find}
          readOnly={readOnly}
        />
      </>
    );
  }
  return (
    <div className="themes-tab">
      <Codebook data={data} readOnly={readOnly} highlightId={itemId} />
    </div>
  );
}

import { createContext, useContext } from 'react';

/** What every form on a Work Group's page knows of it: where its drafts belong and the year its dates fall in. */
export interface FormContextValue {
  workGroupId?: string;
  academicYear?: string;
}

export const FormContext = createContext<FormContextValue>({});

export const useFormContext = () => useContext(FormContext);

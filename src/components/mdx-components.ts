/** The components MDX documents may use without importing them (passed to <Content components>). */
import Phan from './Phan.astro';
import Khoan from './Khoan.astro';
import Diem from './Diem.astro';
import Doan from './Doan.astro';
import Chuong from './Chuong.astro';
import Dieu from './Dieu.astro';
import Sic from './Sic.astro';
import FigureNote from './FigureNote.astro';
import SignatureBlock from './SignatureBlock.astro';
import Recipients from './Recipients.astro';
import DocumentHeader from './DocumentHeader.astro';
import AmendmentNotice from './AmendmentNotice.astro';
import ConfidenceNote from './ConfidenceNote.astro';

export const mdxComponents = { Phan, Khoan, Diem, Doan, Chuong, Dieu, Sic, FigureNote, SignatureBlock, Recipients, DocumentHeader, AmendmentNotice, ConfidenceNote };

/**
 * The site's URLs come from one module (src/lib/urls.ts); these are the addresses people bookmark
 * and cite, so their shape is fixed here. (test/gates/links.test.ts checks they lead to real pages.)
 */
import { describe, expect, it } from 'vitest';
import { agencyCsvPath, agencyPath, anchorUrl, awardUrl, checkerUrl, clauseUrl, documentUrl, exportUrl, matrixScopeUrl } from '../src/lib/urls';

describe('Địa chỉ của các trang', () => {
  it('luật có mục riêng /luat/, các văn bản khác ở /van-ban/, địa chỉ trang kết thúc bằng "/"', () => {
    expect(documentUrl('luat-thi-dua-khen-thuong-2022', 'luat')).toBe('/luat/luat-thi-dua-khen-thuong-2022/');
    expect(documentUrl('ke-hoach-1813-kh-ubnd-ha-nam', 'ke-hoach')).toBe('/van-ban/ke-hoach-1813-kh-ubnd-ha-nam/');
  });

  it('một khoản được dẫn bằng trang văn bản và neo của khoản', () => {
    expect(clauseUrl('luat-thi-dua-khen-thuong-2022', 'luat', 'dieu-24-khoan-1')).toBe('/luat/luat-thi-dua-khen-thuong-2022/#dieu-24-khoan-1');
    expect(anchorUrl('/van-ban/x/', null)).toBe('/van-ban/x/');
  });

  it('cơ quan, tệp CSV của cơ quan, ma trận, khen thưởng và dữ liệu mở có địa chỉ cố định', () => {
    expect(agencyPath('so-noi-vu-ha-nam')).toBe('/co-quan/so-noi-vu-ha-nam/');
    expect(agencyCsvPath('so-noi-vu-ha-nam')).toBe('/co-quan/so-noi-vu-ha-nam.csv');
    expect(matrixScopeUrl('ha-nam')).toBe('/co-quan/ma-tran/ha-nam/');
    expect(awardUrl('chien-si-thi-dua-co-so')).toBe('/khen-thuong/chien-si-thi-dua-co-so/');
    expect(exportUrl('nhiem-vu.json')).toBe('/du-lieu/nhiem-vu.json');
  });

  it('liên kết đến công cụ tự kiểm tra đặt danh hiệu sau dấu "#", phần không bao giờ gửi lên máy chủ', () => {
    expect(checkerUrl('chien-si-thi-dua-co-so')).toBe('/kiem-tra/#award=chien-si-thi-dua-co-so');
  });
});

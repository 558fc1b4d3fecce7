// The image service's public face (sharp, exifr, file-type behind it): check a photo a reporter added, make its thumbnail and the copy for sending.
export { checkPhoto, MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, type PhotoCheck, type PhotoFormat } from './check';
export { photoForSending, photoThumbnail, THUMBNAIL_EDGE, type SendingOptions } from './copies';
export { photoRefusal } from './refusal';

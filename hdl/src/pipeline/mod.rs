pub mod dma_read;
pub mod dma_write;
